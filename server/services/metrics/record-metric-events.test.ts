import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/connect";
import { orderStory } from "../../testing/order-story";
import { createTestDb } from "../../testing/test-db";
import { metricsFromEvents } from "./fold-order";
import { recordMetricEvents } from "./record-metric-events";

let database: Database;
beforeAll(async () => {
  database = await createTestDb();
});
afterAll(async () => {
  await database?.close();
});

const start = "2026-12-02T10:00:00.000Z";
const bruno = { id: "barista-1", name: "Bruno" };
const carla = { id: "barista-2", name: "Carla" };

/** The rows as stored, without the bookkeeping the fold does not make. */
async function storedRows(eventId: string) {
  const rows = await database.prisma.orderMetric.findMany({ where: { eventId }, orderBy: { orderId: "asc" } });
  return new Map(rows.map(({ facts: _facts, updatedAt: _updatedAt, ...row }) => [row.orderId, row]));
}

describe("recording events in the metrics table", () => {
  it("gives the rows the pure fold gives, one event at a time, out of order and twice over", async () => {
    const recorded = [
      ...orderStory({ eventId: "booth-db", orderId: "db-1", start }).queuedAfter(20).claimed(40, bruno).completed(100).recalled(130, carla).completed(170).pickedUp(200).events,
      ...orderStory({ eventId: "booth-db", orderId: "db-2", start, drink: "Mocha" }).queuedAfter(10).claimed(30, bruno).released(50).claimed(60, carla).cancelled(80, "barista", "Out of oat milk").events,
      ...orderStory({ eventId: "booth-db", orderId: "db-3", start }).redeemed(0).started(0).rejected(1, "store-closed").returned(1).events,
    ];
    // Reversed, then every other event again: the late and the repeated all arrive.
    const delivered = [...recorded].reverse().concat(recorded.filter((_, i) => i % 2 === 0));
    let added = 0;
    for (const event of delivered) added += await recordMetricEvents(database.prisma, [event]);
    expect(added).toBe(recorded.length);
    expect(await storedRows("booth-db")).toEqual(metricsFromEvents(recorded));
  });

  it("writes nothing for a replay of what it already has, and takes a batch of several orders at once", async () => {
    const events = [
      ...orderStory({ eventId: "booth-batch", orderId: "b-1", start }).queuedAfter(20).claimed(40).completed(90).events,
      ...orderStory({ eventId: "booth-batch", orderId: "b-2", start }).queuedAfter(20).cancelled(25, "attendee", "You cancelled it.").events,
    ];
    expect(await recordMetricEvents(database.prisma, events)).toBe(events.length);
    const before = await database.prisma.orderMetric.findMany({ where: { eventId: "booth-batch" }, orderBy: { orderId: "asc" } });
    expect(await recordMetricEvents(database.prisma, events)).toBe(0);
    expect(await database.prisma.orderMetric.findMany({ where: { eventId: "booth-batch" }, orderBy: { orderId: "asc" } })).toEqual(before);
  });

  it("two runs for one order at the same time both land", async () => {
    const events = orderStory({ eventId: "booth-race", orderId: "r-1", start }).queuedAfter(20).claimed(40).completed(90).pickedUp(120).events;
    await Promise.all(events.map((event) => recordMetricEvents(database.prisma, [event])));
    expect(await storedRows("booth-race")).toEqual(metricsFromEvents(events));
  });
});
