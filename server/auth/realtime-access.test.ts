import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { channels } from "../realtime/channels";
import { capabilityFor } from "../realtime/policy";
import { addStaffMember } from "../services/staff/membership";
import { placeOrder } from "../testing/order-factory";
import { createTestDb } from "../testing/test-db";
import { buildWorld, type World } from "../testing/world";
import { loadActor } from "./actor";
import { readRealtimeScope } from "./realtime-access";

let world: World;
const orders = { ana: [] as string[], bea: [] as string[] };

beforeAll(async () => {
  world = await buildWorld(await createTestDb());
  const db = world.database.prisma;
  const of = (role: "attendee" | "otherAttendee") => {
    const actor = world.actors[role];
    if (actor.kind !== "guest") throw new Error(`the world's ${role} is a guest`);
    return actor.userId;
  };
  for (const eventId of [world.demoEventId, world.otherEventId]) {
    orders.ana.push((await placeOrder(db, { eventId, attendeeId: of("attendee"), status: "QUEUED" })).id);
  }
  orders.bea.push((await placeOrder(db, { eventId: world.demoEventId, attendeeId: of("otherAttendee"), attendeeName: "Bea", status: "READY" })).id);
});
afterAll(async () => world?.database.close());

describe("what a caller may see on live channels, as read from the database", () => {
  it("an attendee: their own orders, at every event, and nobody else's", async () => {
    const db = world.database.prisma;
    const ana = await readRealtimeScope(db, world.actors.attendee);
    expect([...ana.ownedOrderIds].sort()).toEqual([...orders.ana].sort());
    expect([...ana.orderedAtEventIds].sort()).toEqual([world.demoEventId, world.otherEventId].sort());
    expect(ana.staffEvents).toEqual([]);
    expect(await readRealtimeScope(db, world.actors.otherAttendee)).toEqual({ ownedOrderIds: orders.bea, orderedAtEventIds: [world.demoEventId], staffEvents: [] });
  });

  it("a staff member: the events they work at, and as what", async () => {
    const db = world.database.prisma;
    expect(await readRealtimeScope(db, world.actors.barista)).toEqual({ ownedOrderIds: [], orderedAtEventIds: [], staffEvents: [{ eventId: world.demoEventId, role: "BARISTA" }] });
    expect(await readRealtimeScope(db, world.actors.baristaOfOtherEvent)).toEqual({
      ownedOrderIds: [],
      orderedAtEventIds: [],
      staffEvents: [{ eventId: world.otherEventId, role: "BARISTA" }],
    });
    const screen = await addStaffMember(db, {
      slug: "demo",
      email: "screen@test.local",
      role: "DISPLAY",
      newAccount: { name: "Booth Screen", password: "screen-pass" },
    });
    expect(await readRealtimeScope(db, await loadActor(db, screen.userId))).toEqual({
      ownedOrderIds: [],
      orderedAtEventIds: [],
      staffEvents: [{ eventId: world.demoEventId, role: "DISPLAY" }],
    });
  });

  it("a signed-out caller: nothing", async () => {
    expect(await readRealtimeScope(world.database.prisma, world.actors.anonymous)).toEqual({ ownedOrderIds: [], orderedAtEventIds: [], staffEvents: [] });
  });

  it("with the policy, an attendee may hear exactly their orders' channels and the queues where they ordered", async () => {
    const capability = capabilityFor(world.actors.attendee, await readRealtimeScope(world.database.prisma, world.actors.attendee));
    const queues = [world.demoEventId, world.otherEventId].map(channels.queue);
    expect(Object.keys(capability).sort()).toEqual([...orders.ana.map(channels.order), ...queues].sort());
  });
});
