import type { Db } from "../../db/client";
import { onEventSent } from "../../events/sent-listeners";
import { notifyPhones } from "./notify-phones";
import { publishEvent } from "./publish-event";
import type { WebPushSettings } from "./send-web-push";

/**
 * Turns on the publisher's fast path in this process: every event sent from here is pushed at once. With Web Push
 * configured, phones waiting for the order are notified too, without the sending command waiting for a push
 * service's answer (seconds, at worst); the durable path repeats it and the claim keeps it to one push.
 */
export function publishOnSend(phones?: { db: Db; webPush: WebPushSettings }): void {
  onEventSent("publisher", async (event) => {
    if (phones) void notifyPhones(phones.db, phones.webPush, event);
    await publishEvent(event.name, event.data, event.id);
  });
}
