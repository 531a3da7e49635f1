import type { CatalogEventName, EventData } from "../../events/catalog";
import type { Db } from "../../db/client";
import { projectNotification } from "./project-event";
import { sendWebPush, type PushOutcome, type PushTarget, type SendOptions, type WebPushSettings } from "./send-web-push";

export type NotifiedEvent = { id: string; name: string; data: unknown };

/** Sends one push; tests hand in their own. */
export type PushSender = (target: PushTarget, payload: unknown, settings: WebPushSettings, options?: SendOptions) => Promise<PushOutcome>;

/**
 * The publisher's Web Push transport: an event worth a notification (projectNotification) goes to every browser
 * waiting for its order. Both publisher paths call this for the same event, so each browser's push is claimed
 * first by a row keyed by the event's id and the subscription: the insert that wins sends, the other does nothing.
 * A push service that refused the message (429, 5xx) gives the claim back, so the other path may try again.
 * Never throws: a phone that cannot be reached is logged and never holds up an order.
 * Returns how many pushes were sent.
 */
export async function notifyPhones(db: Db, settings: WebPushSettings, event: NotifiedEvent, send: PushSender = sendWebPush): Promise<number> {
  const notification = projectNotification(event.name as CatalogEventName, event.data as EventData<CatalogEventName>);
  if (!notification) return 0;
  let watchers: { orderPath: string; subscription: PushTarget & { id: string } }[];
  try {
    watchers = await db.pushSubscriptionOrder.findMany({
      where: { orderId: notification.orderId },
      select: { orderPath: true, subscription: { select: { id: true, endpoint: true, p256dh: true, auth: true } } },
    });
  } catch (error) {
    console.warn(`[presso] web push for ${event.name} ${event.id}: could not read subscriptions: ${(error as Error).message}`);
    return 0;
  }
  const sent = await Promise.all(
    watchers.map(async ({ orderPath, subscription }) => {
      const claim = { subscriptionId: subscription.id, eventKey: event.id };
      // Only the endpoint's host goes to the log: it names the push service, not the person.
      const where = `${notification.title} (${notification.tag}) to ${URL.canParse(subscription.endpoint) ? new URL(subscription.endpoint).host : "an unreadable address"}`;
      try {
        const claimed = await db.pushDelivery.createMany({ data: [claim], skipDuplicates: true });
        if (claimed.count === 0) return false;
        const outcome = await send(subscription, { title: notification.title, body: notification.body, tag: notification.tag, url: orderPath }, settings);
        switch (outcome.kind) {
          case "sent":
            return true;
          case "gone":
            // The browser unsubscribed or the subscription expired: it will never take a message again.
            await db.pushSubscription.deleteMany({ where: { id: subscription.id, endpoint: subscription.endpoint } });
            console.info(`[presso] web push ${where}: ${outcome.status}, subscription removed`);
            return false;
          case "refused":
            await db.pushDelivery.deleteMany({ where: claim });
            console.warn(`[presso] web push ${where}: refused (${outcome.status})`);
            return false;
          case "failed":
            console.warn(`[presso] web push ${where}: ${outcome.reason}`);
            return false;
        }
      } catch (error) {
        console.warn(`[presso] web push ${where}: ${(error as Error).message}`);
        return false;
      }
    }),
  );
  return sent.filter(Boolean).length;
}
