import { inngest } from "../../client";
import { notifyPhones } from "../../../server/services/publisher/notify-phones";
import { projectedEvents } from "../../../server/services/publisher/project-event";
import { publishEvent } from "../../../server/services/publisher/publish-event";

function projectedTriggers() {
  const byDomain = new Map<string, string[]>();
  for (const name of projectedEvents) {
    const domain = name.split("/")[0]!;
    byDomain.set(domain, [...(byDomain.get(domain) ?? []), name]);
  }
  return [...byDomain].map(([domain, names]) => ({ event: `${domain}/*`, if: `event.name in [${names.map((n) => `"${n}"`).join(", ")}]` }));
}

/**
 * The publisher service's durable path: every projected event, pushed to the screens' channels, and with Web Push
 * on, to the phones waiting for the order. The fast path (publishEvent called as the event is sent) usually got
 * there first; each push carries a key made of the event's id, so the transports drop the second copy, and a
 * phone's push is claimed once per event (notify-phones.ts). This run matters when the fast path failed or never
 * ran (an event sent from another process, a crash between the write and the push).
 */
export const publishEventToScreens = inngest.createFunction(
  {
    id: "publisher",
    name: "Publisher: every screen",
    // One wildcard per domain, filtered to the projected events: Inngest allows ten triggers a function, and the
    // publisher projects fourteen events; the filter keeps the rest (order/submitted…) from starting a run.
    triggers: projectedTriggers(),
  },
  // No step: every push is keyed by the event's id, so a retried run pushes nothing twice, and one call per event
  // instead of two halves what the publisher costs the engine.
  async ({ event, db, webPush }) => {
    const pushed = await publishEvent(event.name, event.data, event.id!);
    const notified = webPush ? await notifyPhones(db, webPush, { id: event.id!, name: event.name, data: event.data }) : 0;
    return { pushed, notified };
  },
);
