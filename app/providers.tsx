"use client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { useState, type ReactNode } from "react";
import superjson from "superjson";
import type { AppRouter } from "@/server/trpc/root";
import { RealtimeProvider, type RealtimeMode } from "./realtime/realtime-provider";
import { TRPCProvider } from "./trpc-client";

export function Providers({ realtimeMode, children }: { realtimeMode: RealtimeMode; children: ReactNode }) {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: {
            staleTime: 5_000,
            // 4xx answers (no session, wrong role, unknown thing) will not change by asking again.
            retry: (failures, error) => failures < 2 && !/^(UNAUTHORIZED|FORBIDDEN|NOT_FOUND|BAD_REQUEST)$/.test(trpcCode(error)),
          },
        },
      }),
  );
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      // Relative URL: client components only call tRPC from the browser; server components use the caller.
      // The server refuses a batch of more than 10 calls (maxBatchCalls in server/trpc/http-handler.ts).
      links: [httpBatchLink({ url: "/api/trpc", transformer: superjson, maxItems: 10 })],
    }),
  );
  return (
    // No next-auth SessionProvider: pages read the session on the server, and its background session fetch
    // would race the sign-in form for the CSRF cookie.
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <RealtimeProvider mode={realtimeMode}>{children}</RealtimeProvider>
      </TRPCProvider>
    </QueryClientProvider>
  );
}

function trpcCode(error: unknown): string {
  const data = (error as { data?: { code?: unknown } } | null)?.data;
  return typeof data?.code === "string" ? data.code : "";
}
