import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/connect";
import { morningBooth, morningEvents } from "../../testing/booth-morning";
import { orderStory } from "../../testing/order-story";
import { createTestDb } from "../../testing/test-db";
import { hourlyCsv, ordersCsv } from "./metrics-csv";
import { recordMetricEvents } from "./record-metric-events";

let database: Database;
beforeAll(async () => {
  database = await createTestDb();
  await recordMetricEvents(database.prisma, morningEvents);
  // 23:30 local on the day before, and a formula for a reason: neither may leak into the day's file as such.
  await recordMetricEvents(database.prisma, orderStory({ eventId: morningBooth.eventId, orderId: "late", start: "2026-12-02T04:30:00Z" }).queuedAfter(5).cancelled(20, "barista", '=HYPERLINK("x")').events);
});
afterAll(async () => {
  await database?.close();
});

describe("a day of an event as CSV", () => {
  it("lists every local hour of the day with its counts, quiet hours as zeros", async () => {
    const lines = (await hourlyCsv(database.prisma, morningBooth)).trimEnd().split("\r\n");
    expect(lines[0]).toBe("hour,started,accepted,submitted,queued,made,pickedUp,timedOut,cancelled,cancelledByAttendee,cancelledByBarista,cancelledByOrganiser,rejected,redeemed,drinksReturned");
    expect(lines).toHaveLength(1 + 24);
    expect(lines[1]).toBe("2026-12-02 00:00,0,0,0,0,0,0,0,0,0,0,0,0,0,0");
    expect(lines[10]).toBe("2026-12-02 09:00,2,2,2,2,2,1,0,0,0,0,0,0,2,0");
    expect(lines[11]).toBe("2026-12-02 10:00,5,4,2,2,1,2,1,2,1,1,0,1,5,1");
    // The order of 23:30 the night before belongs to 1 December.
    expect((await hourlyCsv(database.prisma, { ...morningBooth, day: "2026-12-01" })).split("\r\n")[24]).toBe("2026-12-01 23:00,1,1,1,1,0,0,0,1,0,1,0,0,1,0");
  });

  it("a day the clocks go back lists its repeated hour once: the hours are local hours", async () => {
    const lines = (await hourlyCsv(database.prisma, { ...morningBooth, day: "2026-11-01" })).trimEnd().split("\r\n");
    expect(lines).toHaveLength(1 + 24); // 01:00 happens twice in New York on 1 November 2026
    expect(lines.filter((line) => line.startsWith("2026-11-01 01:00"))).toHaveLength(1);
  });

  it("lists the day's orders with local times, quoting what needs it and never a formula", async () => {
    const csv = await ordersCsv(database.prisma, morningBooth);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("number,scanned,drink,station,barista,outcome,endedBy,endReason,queued,ready,pickedUp,waitSeconds,makeSeconds,recalls,releases");
    expect(lines).toHaveLength(1 + 7);
    expect(lines[1]).toBe("1,2026-12-02 09:50:00,Latte,ESPRESSO_BAR,Bruno,PICKED_UP,,,2026-12-02 09:50:21,2026-12-02 09:51:40,2026-12-02 10:01:40,79,60,0,0");
    expect(lines[5]).toBe('4,2026-12-02 10:25:00,Latte,ESPRESSO_BAR,,CANCELLED,barista,"Out of oat milk, sorry",2026-12-02 10:25:11,,,,,0,0');
    const dayBefore = await ordersCsv(database.prisma, { ...morningBooth, day: "2026-12-01" });
    expect(dayBefore.split("\r\n")[1]).toContain(`,"'=HYPERLINK(""x"")",`);
  });
});
