import type { ReactNode } from "react";
import { getConfig } from "@/server/config";
import { Providers } from "../../providers";

/** Event screens (barista, display, attendee) are live: tRPC in the browser and realtime. */
export default function EventLayout({ children }: { children: ReactNode }) {
  return <Providers realtimeMode={getConfig().realtime.mode}>{children}</Providers>;
}
