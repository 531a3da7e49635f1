import webpush from "web-push";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "../../db/connect";
import type { EventData } from "../../events/catalog";
import { createTestDb } from "../../testing/test-db";
import { pushReceiver, readVapid, startPushServiceStandIn } from "../../testing/push-service-stand-in";
import { notifyPhones } from "./notify-phones";
import { savePushSubscription } from "./save-push-subscription";
import type { WebPushSettings } from "./send-web-push";

let database: Database;
let service: Awaited<ReturnType<typeof startPushServiceStandIn>>;
const vapid = webpush.generateVAPIDKeys();
const settings: WebPushSettings = { ...vapid, subject: "mailto:booth@presso.test", localEndpoints: true };

beforeAll(async () => {
  database = await createTestDb();
  service = await startPushServiceStandIn();
});
afterAll(async () => {
  await service?.close();
  await database?.close();
});

let counter = 0;
/** An attendee's phone waiting for a new order of theirs, and the order/completed event that makes it ready. */
async function phoneWaitingForAnOrder() {
  const orderId = `order-${++counter}`;
  const phone = pushReceiver();
  const endpoint = service.endpoint();
  await savePushSubscription(
    database.prisma,
    { userId: "ana", orderId, orderPath: `/e/demo/orders/${orderId}`, subscription: { endpoint, keys: phone.keys } },
    settings,
  );
  const data: EventData<"order/completed"> = {
    eventId: "booth-1",
    orderId,
    orderNumber: 7,
    attendeeName: "Ana Maria Silva",
    drinkName: "Flat White",
    baristaId: "barista-1",
    completedAt: new Date().toISOString(),
  };
  const ready = { id: `evt-${counter}`, name: "order/completed", data };
  const messages = () => service.received.filter((message) => message.path === new URL(endpoint).pathname);
  return { orderId, phone, endpoint, ready, messages };
}

describe("a drink made ready, pushed to the phone that asked", () => {
  it("arrives encrypted for that phone alone, signed with the booth's VAPID key, naming the drink, the number and the order's page", async () => {
    const { phone, ready, messages, orderId } = await phoneWaitingForAnOrder();
    expect(await notifyPhones(database.prisma, settings, ready)).toBe(1);

    const [message] = messages();
    expect(message!.headers).toMatchObject({ "content-encoding": "aes128gcm", urgency: "high", ttl: "900" });
    expect(JSON.parse(phone.decrypt(message!.body))).toEqual({
      title: "Your Flat White is ready",
      body: "Ana, show #7 at the counter.",
      tag: `order:${orderId}`,
      url: `/e/demo/orders/${orderId}`,
    });
    expect(() => pushReceiver().decrypt(message!.body)).toThrow(); // another phone's keys read nothing

    const token = readVapid(message!.headers.authorization);
    expect(token.signed).toBe(true);
    expect(token.publicKey).toBe(vapid.publicKey);
    expect(token.header.alg).toBe("ES256");
    expect(token.claims.aud).toBe(service.origin);
    expect(token.claims.sub).toBe(settings.subject);
    expect(token.claims.exp * 1000 - Date.now()).toBeLessThanOrEqual(24 * 3600 * 1000);
  });

  it("the fast and the durable path both publishing one event send one push; a later event (ready again after a recall) sends another", async () => {
    const { ready, messages } = await phoneWaitingForAnOrder();
    const sent = await Promise.all([notifyPhones(database.prisma, settings, ready), notifyPhones(database.prisma, settings, ready)]);
    expect(sent.sort()).toEqual([0, 1]);
    expect(await notifyPhones(database.prisma, settings, ready)).toBe(0);
    expect(messages()).toHaveLength(1);

    await notifyPhones(database.prisma, settings, { ...ready, id: `${ready.id}-again` });
    expect(messages()).toHaveLength(2);
  });

  it("a phone that unsubscribed (410) is forgotten, with the orders it waited for", async () => {
    const { ready, endpoint, messages } = await phoneWaitingForAnOrder();
    service.answerWith(410);
    const quiet = vi.spyOn(console, "info").mockImplementation(() => {});
    try {
      expect(await notifyPhones(database.prisma, settings, ready)).toBe(0);
    } finally {
      service.answerWith(201);
      quiet.mockRestore();
    }
    expect(messages()).toHaveLength(1);
    expect(await database.prisma.pushSubscription.count({ where: { endpoint } })).toBe(0);
    expect(await database.prisma.pushSubscriptionOrder.count({ where: { orderId: ready.data.orderId } })).toBe(0);
  });

  it("a push service that refused (503) leaves the push to the other path, which sends it", async () => {
    const { ready, messages } = await phoneWaitingForAnOrder();
    service.answerWith(503);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      expect(await notifyPhones(database.prisma, settings, ready)).toBe(0);
      expect(warn.mock.calls.join(" ")).toMatch(/refused \(503\)/);
      expect(warn.mock.calls.join(" ")).not.toMatch(/Maria|Silva/); // a log names no one beyond a first name
    } finally {
      service.answerWith(201);
      warn.mockRestore();
    }
    expect(await notifyPhones(database.prisma, settings, ready)).toBe(1);
    expect(messages()).toHaveLength(2);
  });

  it("a push service that never answers is given up on and logged; nothing throws", async () => {
    const { ready } = await phoneWaitingForAnOrder();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const sent = await notifyPhones(database.prisma, settings, ready, () => new Promise((resolve) => setTimeout(() => resolve({ kind: "failed", reason: "no answer in time" }), 10)));
      expect(sent).toBe(0);
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/no answer in time/));
    } finally {
      warn.mockRestore();
    }
  });

  it("other events, and orders nobody waits for, send nothing", async () => {
    const { ready, messages } = await phoneWaitingForAnOrder();
    const before = service.received.length;
    expect(await notifyPhones(database.prisma, settings, { ...ready, name: "order/picked-up" })).toBe(0);
    expect(await notifyPhones(database.prisma, settings, { ...ready, id: "other", data: { ...ready.data, orderId: "nobody-waits" } })).toBe(0);
    expect(messages()).toHaveLength(0);
    expect(service.received.length).toBe(before);
  });
});
