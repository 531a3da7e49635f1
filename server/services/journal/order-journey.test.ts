import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/connect";
import { journalStory } from "../../testing/journal-story";
import { orderStory } from "../../testing/order-story";
import { createTestDb } from "../../testing/test-db";
import { readOrderJourney } from "./order-journey";

let database: Database;
const start = "2026-12-02T09:00:00Z";

beforeAll(async () => {
  database = await createTestDb();
  const served = orderStory({ eventId: "booth-1", orderId: "served", start, number: 7 })
    .queuedAfter(40)
    .claimed(60, { id: "barista-1", name: "Bruno" })
    .released(70)
    .claimed(80, { id: "barista-2", name: "Carla" })
    .completed(200)
    .pickedUp(242);
  const closed = orderStory({ eventId: "booth-1", orderId: "closed", start }).redeemed(0).started(0).accepted(1);
  closed.cancelled(30, "organiser", "The store closed before you ordered. Your drink has gone back to the booth.", false).returned(30);
  const forgotten = orderStory({ eventId: "booth-1", orderId: "forgotten", start }).queuedAfter(10).timedOut(910, "barista");
  const cancelled = orderStory({ eventId: "booth-1", orderId: "cancelled", start }).queuedAfter(10).cancelled(20, "barista", "Sold out");
  await journalStory(database.prisma, [...served.events, ...closed.events, ...forgotten.events, ...cancelled.events]);
});
afterAll(async () => {
  await database?.close();
});

describe("an order's journey", () => {
  it("lists every step in time order with the time since the step before", async () => {
    const journey = await readOrderJourney(database.prisma, { eventId: "booth-1", orderId: "served" });
    expect(journey.orderNumber).toBe(7);
    expect(journey.steps.map((step) => step.name)).toEqual([
      "qr/code.redeemed",
      "order/started",
      "order/accepted",
      "order/submitted",
      "order/queued",
      "order/claimed",
      "order/released",
      "order/claimed",
      "order/completed",
      "order/picked-up",
    ]);
    expect(journey.steps.map((step) => step.sincePreviousMs)).toEqual([null, 0, 1000, 39_000, 1000, 19_000, 10_000, 10_000, 120_000, 42_000]);
    expect(journey.steps[3]!.facts.drink).toBe("Flat White");
  });

  it("names the attendee by first name and each barista by name, also where the event names only an id", async () => {
    const { steps } = await readOrderJourney(database.prisma, { eventId: "booth-1", orderId: "served" });
    const actor = (name: string, nth = 0) => steps.filter((step) => step.name === name)[nth]!.actor;
    // The code is redeemed before order/started names the attendee: the name still comes from the order's story.
    expect(actor("qr/code.redeemed")).toEqual({ kind: "attendee", name: "Ana" });
    expect(actor("order/started")).toEqual({ kind: "attendee", name: "Ana" });
    expect(actor("order/submitted")).toEqual({ kind: "attendee", name: "Ana" });
    expect(actor("order/accepted")).toEqual({ kind: "booth" });
    expect(actor("order/released")).toEqual({ kind: "barista", name: "Bruno" });
    expect(actor("order/claimed", 1)).toEqual({ kind: "barista", name: "Carla" });
    expect(actor("order/completed")).toEqual({ kind: "barista", name: "Carla" });
    expect(actor("order/picked-up")).toEqual({ kind: "barista", name: null });
  });

  it("blames the store closing, a timeout or an unnamed barista where no person acted or none is recorded", async () => {
    const closed = await readOrderJourney(database.prisma, { eventId: "booth-1", orderId: "closed" });
    expect(closed.steps.find((step) => step.name === "order/cancelled")!.actor).toEqual({ kind: "storeClosing" });
    expect(closed.steps.find((step) => step.name === "qr/drink.returned")!.actor).toEqual({ kind: "booth" });
    const forgotten = await readOrderJourney(database.prisma, { eventId: "booth-1", orderId: "forgotten" });
    expect(forgotten.steps.at(-1)!.actor).toEqual({ kind: "timeout", window: "barista" });
    const cancelled = await readOrderJourney(database.prisma, { eventId: "booth-1", orderId: "cancelled" });
    expect(cancelled.steps.at(-1)).toMatchObject({ actor: { kind: "barista", name: null }, facts: { reason: "Sold out" } });
  });

  it("finds nothing of an order through another event", async () => {
    await expect(readOrderJourney(database.prisma, { eventId: "booth-2", orderId: "served" })).rejects.toMatchObject({ name: "NotFoundError" });
  });
});
