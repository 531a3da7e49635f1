import type { ReactNode } from "react";
import { ClientMessages } from "../../i18n/client-messages";

/**
 * Every event page speaks the event's language, the connection badge included; a screen that needs more words adds
 * its own namespaces. The live parts come with each screen's own layout: the staff screens' full Providers
 * (barista/, display/), the attendee's order pages' realtime only (orders/).
 */
export default function EventLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["Connection"]}>{children}</ClientMessages>;
}
