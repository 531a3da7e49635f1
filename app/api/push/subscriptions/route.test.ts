import webpush from "web-push";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseConfig, type AppConfig } from "@/server/config";
import { placeOrder } from "@/server/testing/order-factory";
import { pushReceiver } from "@/server/testing/push-service-stand-in";
import { createTestDb } from "@/server/testing/test-db";
import { buildWorld, type Role, type World } from "@/server/testing/world";
import { GET, POST } from "./route";

/**
 * The route as Next.js calls it, with a Request and no server: the caller of each request is one of the world's
 * roles (the procedures' own callers, so authorisation is the real one), and Web Push is on or off by config.
 */

const keys = webpush.generateVAPIDKeys(); // made now: nothing for the secret scan to find
const state = vi.hoisted(() => ({ config: undefined as AppConfig | undefined, role: "anonymous" as string, world: undefined as unknown }));
vi.mock("@/server/config", async (original) => ({ ...(await original<object>()), getConfig: () => state.config }));
vi.mock("@/server/trpc/server-caller", () => ({ serverCaller: async () => (state.world as World).caller(state.role as Role) }));

const pushOn = parseConfig({ PRESSO_VAPID_PUBLIC_KEY: keys.publicKey, PRESSO_VAPID_PRIVATE_KEY: keys.privateKey, PRESSO_VAPID_SUBJECT: "mailto:ops@booth.test" });
const pushOff = parseConfig({});

let world: World;
beforeAll(async () => {
  world = await buildWorld(await createTestDb());
  state.world = world;
});
afterAll(async () => {
  await world?.database.close();
});

const url = "http://booth.local/api/push/subscriptions";
const post = (body: string, headers: Record<string, string> = { "content-type": "application/json" }) => POST(new Request(url, { method: "POST", headers, body }));
const subscription = () => ({ endpoint: `https://push.example.test/send/${Math.random().toString(36).slice(2)}`, expirationTime: null, keys: pushReceiver().keys });

async function orderOf(role: "attendee" | "otherAttendee") {
  const actor = world.actors[role] as { userId: string; name: string };
  return placeOrder(world.database.prisma, { eventId: world.demoEventId, attendeeId: actor.userId, attendeeName: actor.name, status: "QUEUED" });
}

describe("Web Push off (no VAPID keys)", () => {
  it("offers nothing: no key, and a subscription is not taken", async () => {
    state.config = pushOff;
    state.role = "attendee";
    expect((await GET()).status).toBe(404);
    const order = await orderOf("attendee");
    expect((await post(JSON.stringify({ orderId: order.id, subscription: subscription() }))).status).toBe(404);
    expect(await world.database.prisma.pushSubscriptionOrder.count({ where: { orderId: order.id } })).toBe(0);
  });
});

describe("Web Push on", () => {
  beforeAll(() => {
    state.config = pushOn;
  });

  it("gives the public key, and never the private one", async () => {
    const response = await GET();
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ publicKey: keys.publicKey });
    expect(text).not.toContain(keys.privateKey);
  });

  it("takes a signed-in attendee's subscription for their own order", async () => {
    state.role = "attendee";
    const order = await orderOf("attendee");
    const response = await post(JSON.stringify({ orderId: order.id, subscription: subscription() }));
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ orderId: order.id, notifying: true });
    expect(await world.database.prisma.pushSubscriptionOrder.findMany({ where: { orderId: order.id }, select: { orderPath: true } })).toEqual([
      { orderPath: `/e/demo/orders/${order.id}` },
    ]);
  });

  it("refuses anyone but that attendee: 401 signed out, 403 staff, 404 another attendee", async () => {
    const order = await orderOf("attendee");
    const statuses: Record<string, number> = {};
    for (const role of ["anonymous", "barista", "organiser", "otherAttendee"] as const) {
      state.role = role;
      statuses[role] = (await post(JSON.stringify({ orderId: order.id, subscription: subscription() }))).status;
    }
    expect(statuses).toEqual({ anonymous: 401, barista: 403, organiser: 403, otherAttendee: 404 });
    expect(await world.database.prisma.pushSubscriptionOrder.count({ where: { orderId: order.id } })).toBe(0);
  });

  it("refuses what is not a subscription in JSON: 415, 400, and 413 past 4 kB without reading it all", async () => {
    state.role = "attendee";
    const order = await orderOf("attendee");
    expect((await post(JSON.stringify({ orderId: order.id, subscription: subscription() }), { "content-type": "text/plain" })).status).toBe(415);
    expect((await post("{not json")).status).toBe(400);
    expect((await post(JSON.stringify({ orderId: order.id, subscription: { ...subscription(), keys: { p256dh: "x", auth: "y" } } }))).status).toBe(400);
    expect((await post(JSON.stringify({ orderId: order.id, subscription: { ...subscription(), endpoint: "http://10.0.0.9/push" } }))).status).toBe(400);
    const big = JSON.stringify({ orderId: order.id, subscription: subscription(), padding: "x".repeat(5000) });
    expect((await post(big)).status).toBe(413);
    expect(await world.database.prisma.pushSubscriptionOrder.count({ where: { orderId: order.id } })).toBe(0);
  });
});
