import type { ReactNode } from "react";
import { getConfig } from "@/server/config";
import { Providers } from "../providers";

/** Organiser pages read and write through tRPC in the browser: they get the client-side providers. */
export default function AdminLayout({ children }: { children: ReactNode }) {
  return <Providers realtimeMode={getConfig().realtime.mode}>{children}</Providers>;
}
