import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/connect";
import { validateEvent } from "../../events/validate-event";
import { orderStory } from "../../testing/order-story";
import { createTestDb } from "../../testing/test-db";
import { exportJournalDay } from "./export-journal-day";
import { recordEvent } from "./record-event";

// New York is UTC-5 in December: its 2 December runs from 05:00 UTC that day to 05:00 UTC the next.
const booth = { eventId: "booth-ny", timeZone: "America/New_York", day: "2026-12-02" };

let database: Database;
let counter = 0;
async function journal(eventId: string, orderId: string, startedAt: string) {
  for (const event of orderStory({ eventId, orderId, start: startedAt }).started(0).events) {
    await recordEvent(database.prisma, { id: `evt-${++counter}`, name: event.name, data: event.data, ts: Date.parse(startedAt), v: "1" });
  }
}

beforeAll(async () => {
  database = await createTestDb();
  await journal(booth.eventId, "the-night-before", "2026-12-02T04:59:59Z"); // 23:59:59 on 1 December, local
  await journal(booth.eventId, "at-midnight", "2026-12-02T05:00:00Z");
  await journal(booth.eventId, "at-noon", "2026-12-02T17:00:00Z");
  await journal(booth.eventId, "last-second", "2026-12-03T04:59:59Z");
  await journal(booth.eventId, "the-next-day", "2026-12-03T05:00:00Z");
  await journal("another-booth", "elsewhere", "2026-12-02T17:00:00Z");
});
afterAll(async () => {
  await database?.close();
});

const linesOf = async (day = booth) => (await exportJournalDay(database.prisma, day)).trimEnd().split("\n").filter(Boolean).map((line) => JSON.parse(line) as { name: string; ts: number; data: { orderId: string } });

describe("a day's journal as JSON lines", () => {
  it("holds the event's local day, from its midnight to the next, oldest first, and no other booth's events", async () => {
    expect((await linesOf()).map((line) => line.data.orderId)).toEqual(["at-midnight", "at-noon", "last-second"]);
  });

  it("puts the last second before local midnight in the day before", async () => {
    expect((await linesOf({ ...booth, day: "2026-12-01" })).map((line) => line.data.orderId)).toEqual(["the-night-before"]);
  });

  it("writes each line as a catalogued event an injector takes, with its time", async () => {
    for (const line of await linesOf()) {
      expect(validateEvent(line.name, line.data).ok).toBe(true);
      expect(line).toMatchObject({ id: expect.any(String), v: "1", ts: expect.any(Number) });
    }
  });

  it("gives an empty file for a day nothing happened", async () => {
    expect(await exportJournalDay(database.prisma, { ...booth, day: "2026-06-01" })).toBe("");
  });
});
