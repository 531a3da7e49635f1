import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/connect";
import { journalStory } from "../../testing/journal-story";
import { orderStory } from "../../testing/order-story";
import { createTestDb } from "../../testing/test-db";
import { browseJournal, decodeCursor } from "./browse-journal";
import { findOrdersByNumber } from "./find-orders-by-number";

let database: Database;

beforeAll(async () => {
  database = await createTestDb();
  // Two days of booth-1 in Lisbon, each with an order #1, and an order at another booth.
  const monday = orderStory({ eventId: "booth-1", orderId: "mon-1", start: "2026-12-01T09:00:00Z", number: 1 }).queuedAfter(10).completed(100);
  const tuesday = orderStory({ eventId: "booth-1", orderId: "tue-1", start: "2026-12-02T09:00:00Z", number: 1 }).queuedAfter(10);
  const other = orderStory({ eventId: "booth-2", orderId: "other-1", start: "2026-12-02T09:00:00Z", number: 1 }).queuedAfter(10);
  await journalStory(database.prisma, [...monday.events, ...tuesday.events, ...other.events]);
});
afterAll(async () => {
  await database?.close();
});

describe("the journal browser's query", () => {
  it("pages newest first by cursor, without losing or repeating an entry", async () => {
    const all = await browseJournal(database.prisma, { eventId: "booth-1" }, { limit: 100 });
    expect(all.entries).toHaveLength(11);
    expect(all.nextCursor).toBeNull();
    const times = all.entries.map((entry) => entry.occurredAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await browseJournal(database.prisma, { eventId: "booth-1" }, { cursor, limit: 3 });
      expect(page.entries.length).toBeLessThanOrEqual(3);
      seen.push(...page.entries.map((entry) => entry.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all.entries.map((entry) => entry.id));
  });

  it("filters by order, event name and a time range", async () => {
    const queued = await browseJournal(database.prisma, { name: "order/queued" }, { limit: 10 });
    expect(queued.entries.map((entry) => entry.orderId)).toEqual(expect.arrayContaining(["mon-1", "tue-1", "other-1"]));
    expect(queued.entries).toHaveLength(3);

    const monday = await browseJournal(database.prisma, { orderIds: ["mon-1"] }, { limit: 10 });
    expect(new Set(monday.entries.map((entry) => entry.orderId))).toEqual(new Set(["mon-1"]));
    expect(monday.entries[0]!.name).toBe("order/completed");

    const window = { from: new Date("2026-12-02T00:00:00Z"), to: new Date("2026-12-02T09:00:05Z") };
    const early = await browseJournal(database.prisma, { eventId: "booth-1", ...window }, { limit: 10 });
    expect(early.entries.map((entry) => entry.name).sort()).toEqual(["order/accepted", "order/started", "qr/code.redeemed"]);
  });

  it("reads a cursor it did not make as the first page", async () => {
    expect(decodeCursor("not-a-cursor")).toBeNull();
    const page = await browseJournal(database.prisma, { eventId: "booth-2" }, { cursor: "garbage", limit: 2 });
    expect(page.entries).toHaveLength(2);
  });
});

describe("finding an order by its number", () => {
  it("finds each day's order with that number, newest first, with its local day", async () => {
    const matches = await findOrdersByNumber(database.prisma, { eventId: "booth-1", orderNumber: 1, timeZone: "Europe/Lisbon" });
    expect(matches.map((match) => [match.orderId, match.day])).toEqual([
      ["tue-1", "2026-12-02"],
      ["mon-1", "2026-12-01"],
    ]);
    expect(await findOrdersByNumber(database.prisma, { eventId: "booth-1", orderNumber: 2, timeZone: "Europe/Lisbon" })).toEqual([]);
  });
});
