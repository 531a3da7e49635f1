import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordMetricEvents } from "../../services/metrics/record-metric-events";
import { morningEvents } from "../../testing/booth-morning";
import { createTestDb } from "../../testing/test-db";
import { buildWorld, type World } from "../../testing/world";

/** The organiser's figures through tRPC: the demo booth (Europe/Lisbon) with the recorded morning's orders. */

let world: World;
beforeAll(async () => {
  world = await buildWorld(await createTestDb());
  await recordMetricEvents(world.database.prisma, morningEvents.map((e) => ({ ...e, data: { ...e.data, eventId: world.demoEventId } })));
});
afterAll(async () => {
  await world?.database.close();
});

describe("admin.metrics", () => {
  it("gives an organiser the event's figures in its own time zone", async () => {
    const summary = await world.caller("organiser").admin.metrics.summary({ slug: "demo" });
    expect(summary.timeZone).toBe("Europe/Lisbon");
    expect(summary.funnel).toEqual({ started: 7, accepted: 6, submitted: 4, queued: 4, made: 3, pickedUp: 3 });
    // Lisbon is on UTC in December: the orders of 14:50 to 15:40 UTC fall in the 14:00 and 15:00 local hours.
    expect(summary.hourly.map((row) => [row.hour, row.started])).toEqual([["2026-12-02T14:00", 2], ["2026-12-02T15:00", 5]]);
    expect(summary.times.overall.wait).toEqual({ count: 3, p50: 79, p90: 127 });
  });

  it("takes a range with any offset, and CSV files of a day", async () => {
    const organiser = world.caller("organiser");
    const later = await organiser.admin.metrics.summary({ slug: "demo", from: "2026-12-02T16:00:00+01:00" });
    expect(later.funnel.started).toBe(5);
    const hourly = await organiser.admin.metrics.hourlyCsv({ slug: "demo", day: "2026-12-02" });
    expect(hourly.filename).toBe("demo-2026-12-02-hourly.csv");
    expect(hourly.csv.split("\r\n")[15]).toMatch(/^2026-12-02 14:00,2,/);
    const orders = await organiser.admin.metrics.ordersCsv({ slug: "demo", day: "2026-12-02" });
    expect(orders.csv.trimEnd().split("\r\n")).toHaveLength(8);
  });

  it("is for organisers only: a barista of the event is refused, and so is everyone else", async () => {
    await expect(world.caller("barista").admin.metrics.summary({ slug: "demo" })).rejects.toMatchObject({ code: "FORBIDDEN", message: "This is for organisers only" });
    await expect(world.caller("attendee").admin.metrics.hourlyCsv({ slug: "demo", day: "2026-12-02" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(world.caller("anonymous").admin.metrics.summary({ slug: "demo" })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("refuses a range that ends before it starts, a time without its zone, a day that does not exist and an unknown event, saying which", async () => {
    const organiser = world.caller("organiser");
    const refusal = (call: Promise<unknown>) => call.then(() => null, (e: { code: string; message: string }) => e);
    const backwards = await refusal(organiser.admin.metrics.summary({ slug: "demo", from: "2026-12-02T12:00:00Z", to: "2026-12-02T11:00:00Z" }));
    expect(backwards).toMatchObject({ code: "BAD_REQUEST" });
    expect(backwards!.message).toContain("must be later than from");
    const zoneless = await refusal(organiser.admin.metrics.summary({ slug: "demo", from: "2026-12-02T12:00:00" }));
    expect(zoneless).toMatchObject({ code: "BAD_REQUEST" });
    expect(zoneless!.message).toContain("ISO 8601");
    await expect(organiser.admin.metrics.hourlyCsv({ slug: "demo", day: "2026-02-30" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(organiser.admin.metrics.summary({ slug: "no-such-booth" })).rejects.toMatchObject({ code: "NOT_FOUND", message: 'There is no event "no-such-booth"' });
  });
});
