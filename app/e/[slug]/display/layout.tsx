import type { ReactNode } from "react";
import { getConfig } from "@/server/config";
import { Providers } from "../../../providers";

/** A staff screen: live, with the API client and its query cache in the browser, and realtime. */
export default function StaffScreenLayout({ children }: { children: ReactNode }) {
  return <Providers realtimeMode={getConfig().realtime.mode}>{children}</Providers>;
}
