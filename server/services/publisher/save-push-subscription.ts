import { z } from "zod";
import type { Db } from "../../db/client";
import { InvalidInputError } from "../../errors";
import type { WebPushSettings } from "./send-web-push";

/** A base64url text that decodes to exactly `bytes` bytes (browsers may add padding). */
const base64urlBytes = (bytes: number) =>
  z
    .string()
    .max(128)
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, "must be base64url")
    .refine((text) => Buffer.from(text, "base64url").length === bytes, `must be ${bytes} bytes`);

/** A browser's push subscription, as `PushSubscription.toJSON()` gives it. */
export const webPushSubscription = z
  .object({
    // An address as push services make them: printable ASCII, no spaces (which URL parsing would quietly drop),
    // and short (FCM's, Mozilla's, Apple's and Windows' are 150 to 400 characters).
    endpoint: z
      .string()
      .max(800)
      .regex(/^[\x21-\x7e]+$/, "must be a plain web address")
      .pipe(z.url({ protocol: /^https?$/ })),
    expirationTime: z.number().nullable().optional(),
    keys: z.object({ p256dh: base64urlBytes(65), auth: base64urlBytes(16) }).strict(),
  })
  .strict();
export type WebPushSubscription = z.infer<typeof webPushSubscription>;

const loopbackHosts = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * Push services speak https; the server posts to whatever address a browser gave, so nothing else is taken
 * (no plain-http address on the booth's network). Tests may allow http on this machine, for their stand-in.
 */
export function acceptsPushEndpoint(endpoint: string, settings: Pick<WebPushSettings, "localEndpoints">): boolean {
  const url = new URL(endpoint);
  if (url.username || url.password) return false;
  return url.protocol === "https:" || (settings.localEndpoints && url.protocol === "http:" && loopbackHosts.has(url.hostname));
}

export type SavePushSubscriptionInput = {
  userId: string;
  orderId: string;
  /** The order's page, opened by a tap on the notification. */
  orderPath: string;
  subscription: WebPushSubscription;
};

/**
 * An attendee asks to be told when an order is ready (the caller checked that the order is theirs). One row per
 * endpoint: asking again updates it (a browser renews its keys), and the same phone signed in as another person
 * stops waiting for the previous person's orders. Asking twice for one order changes nothing.
 */
export async function savePushSubscription(db: Db, input: SavePushSubscriptionInput, settings: Pick<WebPushSettings, "localEndpoints">) {
  const { endpoint, keys } = input.subscription;
  if (!acceptsPushEndpoint(endpoint, settings)) throw new InvalidInputError("This browser gave a push address Presso does not send to (https only).");
  return db.$transaction(async (tx) => {
    await tx.pushSubscriptionOrder.deleteMany({ where: { subscription: { endpoint, userId: { not: input.userId } } } });
    // One statement (INSERT … ON CONFLICT), so two taps at once leave one row.
    const subscription = await tx.pushSubscription.upsert({
      where: { endpoint },
      create: { endpoint, p256dh: keys.p256dh, auth: keys.auth, userId: input.userId },
      update: { p256dh: keys.p256dh, auth: keys.auth, userId: input.userId },
      select: { id: true },
    });
    const watched = await tx.pushSubscriptionOrder.createMany({
      data: [{ subscriptionId: subscription.id, orderId: input.orderId, orderPath: input.orderPath }],
      skipDuplicates: true,
    });
    return { subscriptionId: subscription.id, newlyWatched: watched.count === 1 };
  });
}
