import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/trpc/root";

export type BoardData = inferRouterOutputs<AppRouter>["board"]["orders"];
export type BoardOrder = BoardData["orders"][number];
export type BoardMenu = inferRouterOutputs<AppRouter>["staff"]["event"]["menu"];
