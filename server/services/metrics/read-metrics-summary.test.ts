import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/connect";
import { morningBooth, morningEvents } from "../../testing/booth-morning";
import { orderStory } from "../../testing/order-story";
import { createTestDb } from "../../testing/test-db";
import { readMetricsSummary } from "./read-metrics-summary";
import { recordMetricEvents } from "./record-metric-events";

const { eventId, timeZone } = morningBooth;

let database: Database;
beforeAll(async () => {
  database = await createTestDb();
  await recordMetricEvents(database.prisma, morningEvents);
  // Another booth's order counts nowhere here.
  await recordMetricEvents(database.prisma, orderStory({ eventId: "booth-other", orderId: "x1", start: "2026-12-02T15:00:00Z" }).queuedAfter(5).events);
});
afterAll(async () => {
  await database?.close();
});

const zeros = {
  started: 0, accepted: 0, submitted: 0, queued: 0, made: 0, pickedUp: 0, timedOut: 0, cancelled: 0,
  cancelledByAttendee: 0, cancelledByBarista: 0, cancelledByOrganiser: 0, rejected: 0, redeemed: 0, drinksReturned: 0,
};

describe("an event's figures", () => {
  it("counts each thing in the local hour it happened", async () => {
    const summary = await readMetricsSummary(database.prisma, { eventId, timeZone });
    expect(summary.hourly).toEqual([
      {
        ...zeros,
        hour: "2026-12-02T09:00",
        hourStart: new Date("2026-12-02T14:00:00Z"),
        started: 2, accepted: 2, submitted: 2, queued: 2, made: 2, pickedUp: 1, redeemed: 2,
      },
      {
        ...zeros,
        hour: "2026-12-02T10:00",
        hourStart: new Date("2026-12-02T15:00:00Z"),
        started: 5, accepted: 4, submitted: 2, queued: 2, made: 1, pickedUp: 2, timedOut: 1,
        cancelled: 2, cancelledByAttendee: 1, cancelledByBarista: 1, rejected: 1, redeemed: 5, drinksReturned: 1,
      },
    ]);
  });

  it("says how long people waited and drinks took in each local hour drinks were ready", async () => {
    const summary = await readMetricsSummary(database.prisma, { eventId, timeZone });
    // 09:00 local: o1 (waits 79 s, makes 60 s) and o2 (139 s, 120 s); 10:00: the recalled o3 (74 s, 50 s).
    expect(summary.hourlyTimes).toEqual([
      { hour: "2026-12-02T09:00", made: 2, wait: { p50: 109, p90: 133 }, make: { p50: 90, p90: 114 } },
      { hour: "2026-12-02T10:00", made: 1, wait: { p50: 74, p90: 74 }, make: { p50: 50, p90: 50 } },
    ]);
  });

  it("follows the orders through the funnel, and says how each ended, by whom and why", async () => {
    const summary = await readMetricsSummary(database.prisma, { eventId, timeZone });
    expect(summary.funnel).toEqual({ started: 7, accepted: 6, submitted: 4, queued: 4, made: 3, pickedUp: 3 });
    expect(summary.outcomes).toEqual({ STARTED: 0, QUEUED: 0, MAKING: 0, READY: 0, PICKED_UP: 3, CANCELLED: 2, TIMED_OUT: 1, REJECTED: 1 });
    expect(summary.cancelled).toEqual({
      byWho: { attendee: 1, barista: 1, organiser: 0 },
      byReason: expect.arrayContaining([
        { by: "attendee", reason: "You cancelled it.", count: 1 },
        { by: "barista", reason: "Out of oat milk, sorry", count: 1 },
      ]),
    });
    expect(summary.timedOut).toEqual({ submit: 1, barista: 0 });
    expect(summary.rejected).toEqual([{ reason: "capacity-full", count: 1 }]);
    expect([summary.recalls, summary.releases]).toEqual([1, 0]);
  });

  it("gives wait and make times at the median and the 90th percentile, overall, by drink and by barista", async () => {
    const { times } = await readMetricsSummary(database.prisma, { eventId, timeZone });
    // Waits 74, 79, 139; makes 50, 60, 120 (percentile_cont interpolates: 79 + 0.8 × 60 = 127).
    expect(times.overall).toEqual({ orders: 3, wait: { count: 3, p50: 79, p90: 127 }, make: { count: 3, p50: 60, p90: 108 } });
    expect(times.byDrink).toEqual([
      { drink: "Latte", orders: 2, wait: { count: 2, p50: 76.5, p90: 78.5 }, make: { count: 2, p50: 55, p90: 59 } },
      { drink: "Mocha", orders: 1, wait: { count: 1, p50: 139, p90: 139 }, make: { count: 1, p50: 120, p90: 120 } },
    ]);
    expect(times.byBarista).toEqual([
      { barista: "Bruno", orders: 2, wait: { count: 2, p50: 76.5, p90: 78.5 }, make: { count: 2, p50: 55, p90: 59 } },
      { barista: "Carla", orders: 1, wait: { count: 1, p50: 139, p90: 139 }, make: { count: 1, p50: 120, p90: 120 } },
    ]);
  });

  it("counts the drinks taken from each code window, and those given back", async () => {
    const { qrWindows } = await readMetricsSummary(database.prisma, { eventId, timeZone });
    expect(qrWindows).toEqual([
      { firstRedeemedAt: new Date("2026-12-02T14:50:00Z"), lastRedeemedAt: new Date("2026-12-02T15:30:00Z"), redeemed: 6, returned: 0 },
      { firstRedeemedAt: new Date("2026-12-02T15:40:00Z"), lastRedeemedAt: new Date("2026-12-02T15:40:00Z"), redeemed: 1, returned: 1 },
    ]);
  });

  it("a range keeps the orders scanned in it for the funnel and the times, and what happened in it for the hours", async () => {
    const summary = await readMetricsSummary(database.prisma, { eventId, timeZone, from: new Date("2026-12-02T15:00:00Z"), to: new Date("2026-12-02T16:00:00Z") });
    expect(summary.funnel).toEqual({ started: 5, accepted: 4, submitted: 2, queued: 2, made: 1, pickedUp: 1 });
    expect(summary.times.overall).toEqual({ orders: 1, wait: { count: 1, p50: 74, p90: 74 }, make: { count: 1, p50: 50, p90: 50 } });
    // The 09:50 order's pickup happened at 10:01, inside the range.
    expect(summary.hourly.map((row) => [row.hour, row.started, row.pickedUp])).toEqual([["2026-12-02T10:00", 5, 2]]);
  });

  it("an event with no orders has empty figures, not errors", async () => {
    const summary = await readMetricsSummary(database.prisma, { eventId: "booth-empty", timeZone: "Europe/Lisbon" });
    expect(summary.funnel).toEqual({ started: 0, accepted: 0, submitted: 0, queued: 0, made: 0, pickedUp: 0 });
    expect(summary.times).toEqual({ overall: { orders: 0, wait: { count: 0, p50: null, p90: null }, make: { count: 0, p50: null, p90: null } }, byDrink: [], byBarista: [] });
    expect([summary.hourly, summary.qrWindows, summary.rejected]).toEqual([[], [], []]);
  });
});
