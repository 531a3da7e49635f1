import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/connect";
import { InvalidInputError } from "../../errors";
import { createTestDb } from "../../testing/test-db";
import { pushReceiver } from "../../testing/push-service-stand-in";
import { acceptsPushEndpoint, savePushSubscription, webPushSubscription } from "./save-push-subscription";

let database: Database;
beforeAll(async () => {
  database = await createTestDb();
});
afterAll(async () => {
  await database?.close();
});

let counter = 0;
const browser = (endpoint = `https://push.example.test/send/${++counter}`) => ({ endpoint, keys: pushReceiver().keys });
const https = { localEndpoints: false };
const rowsFor = (endpoint: string) => database.prisma.pushSubscription.findMany({ where: { endpoint }, include: { orders: { orderBy: { orderId: "asc" } } } });

describe("a browser's subscription, as the attendee's page sends it", () => {
  it("takes what PushSubscription.toJSON() gives, and refuses keys of the wrong size, unknown fields and odd addresses", () => {
    const valid = browser();
    expect(webPushSubscription.safeParse({ ...valid, expirationTime: null }).success).toBe(true);
    expect(webPushSubscription.safeParse({ ...valid, keys: { ...valid.keys, p256dh: valid.keys.auth } }).success).toBe(false);
    expect(webPushSubscription.safeParse({ ...valid, keys: { ...valid.keys, auth: "not base64url!" } }).success).toBe(false);
    expect(webPushSubscription.safeParse({ ...valid, extra: 1 }).success).toBe(false);
    for (const endpoint of ["ftp://push.example.test/x", "https://push.example.test/a b", "https://push.example.test/\u0000", `https://x.test/${"a".repeat(800)}`]) {
      expect(webPushSubscription.safeParse({ ...valid, endpoint }).success, endpoint).toBe(false);
    }
  });

  it("sends only to https push services; plain http only to this machine, and only when tests allow it", () => {
    expect(acceptsPushEndpoint("https://fcm.googleapis.com/fcm/send/abc", https)).toBe(true);
    expect(acceptsPushEndpoint("http://192.168.1.20/push", https)).toBe(false);
    expect(acceptsPushEndpoint("http://127.0.0.1:9999/push/1", https)).toBe(false);
    expect(acceptsPushEndpoint("http://127.0.0.1:9999/push/1", { localEndpoints: true })).toBe(true);
    expect(acceptsPushEndpoint("http://192.168.1.20/push", { localEndpoints: true })).toBe(false);
    expect(acceptsPushEndpoint("https://user:pw@push.example.test/x", https)).toBe(false);
  });

  it("refuses to store an address it would not send to", async () => {
    const sub = browser("http://10.0.0.5/push/1");
    await expect(savePushSubscription(database.prisma, { userId: "ana", orderId: "o-http", orderPath: "/e/demo/orders/o-http", subscription: sub }, https)).rejects.toThrow(
      InvalidInputError,
    );
    expect(await rowsFor(sub.endpoint)).toEqual([]);
  });
});

describe("storing a subscription", () => {
  it("asking twice for one order keeps one row and one order; new keys from the browser replace the old", async () => {
    const sub = browser();
    const input = { userId: "ana", orderId: "o-1", orderPath: "/e/demo/orders/o-1", subscription: sub };
    const [first, second] = await Promise.all([savePushSubscription(database.prisma, input, https), savePushSubscription(database.prisma, input, https)]);
    expect(first.subscriptionId).toBe(second.subscriptionId);
    expect([first.newlyWatched, second.newlyWatched].sort()).toEqual([false, true]);

    const renewed = browser(sub.endpoint);
    await savePushSubscription(database.prisma, { ...input, subscription: renewed }, https);
    const rows = await rowsFor(sub.endpoint);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ userId: "ana", p256dh: renewed.keys.p256dh, auth: renewed.keys.auth });
    expect(rows[0]!.orders.map((o) => [o.orderId, o.orderPath])).toEqual([["o-1", "/e/demo/orders/o-1"]]);
  });

  it("one phone follows each order it was asked for", async () => {
    const sub = browser();
    await savePushSubscription(database.prisma, { userId: "bea", orderId: "o-2", orderPath: "/e/demo/orders/o-2", subscription: sub }, https);
    await savePushSubscription(database.prisma, { userId: "bea", orderId: "o-3", orderPath: "/e/demo/orders/o-3", subscription: sub }, https);
    expect((await rowsFor(sub.endpoint))[0]!.orders.map((o) => o.orderId)).toEqual(["o-2", "o-3"]);
  });

  it("a phone signed in as someone else belongs to them: it stops waiting for the previous person's orders", async () => {
    const sub = browser();
    await savePushSubscription(database.prisma, { userId: "carl", orderId: "o-carl", orderPath: "/e/demo/orders/o-carl", subscription: sub }, https);
    await savePushSubscription(database.prisma, { userId: "dina", orderId: "o-dina", orderPath: "/e/demo/orders/o-dina", subscription: sub }, https);
    const [row] = await rowsFor(sub.endpoint);
    expect(row).toMatchObject({ userId: "dina" });
    expect(row!.orders.map((o) => o.orderId)).toEqual(["o-dina"]);
  });
});
