import type { ReactNode } from "react";
import { getConfig } from "@/server/config";
import { RealtimeProvider } from "../../../realtime/realtime-provider";

/**
 * The attendee's order pages hear their order's channel, and nothing more: no API client or query cache in the
 * browser (the server renders each state; taps are server actions), so a phone on a conference network loads less.
 */
export default function AttendeeOrdersLayout({ children }: { children: ReactNode }) {
  return <RealtimeProvider mode={getConfig().realtime.mode}>{children}</RealtimeProvider>;
}
