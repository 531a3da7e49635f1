import type { ReactNode } from "react";
import { getConfig } from "@/server/config";
import { ClientMessages } from "../../i18n/client-messages";
import { Providers } from "../../providers";

/**
 * Event screens (barista, display, attendee) are live: tRPC in the browser and realtime. The connection badge
 * speaks the event's language on every one of them; a screen that needs more words adds its own namespaces.
 */
export default function EventLayout({ children }: { children: ReactNode }) {
  return (
    <Providers realtimeMode={getConfig().realtime.mode}>
      <ClientMessages namespaces={["Connection"]}>{children}</ClientMessages>
    </Providers>
  );
}
