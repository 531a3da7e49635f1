import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/connect";
import { stageEvent } from "../../events/outbox";
import { startEventSink } from "../../testing/event-sink";
import { createTestDb } from "../../testing/test-db";
import { createEvent } from "./create-event";
import { setStoreOpen } from "./set-store-open";

let database: Database;
let events: Awaited<ReturnType<typeof startEventSink>>;
beforeAll(async () => {
  database = await createTestDb();
  events = await startEventSink(database);
});
afterAll(async () => {
  await events?.close();
  await database?.close();
});

const storeOpen = (eventId: string) => database.prisma.event.findUniqueOrThrow({ where: { id: eventId } }).then((e) => e.storeOpen);
const changesOf = async (eventId: string) => (await events.sent("config/changed")).filter((e) => e.eventId === eventId).map((e) => e.storeOpen);

describe("the store switch", () => {
  it("opens and closes the store and tells the screens each time", async () => {
    const booth = await createEvent(database.prisma, { slug: "switch", name: "Switch", timeZone: "UTC", locale: "en" });
    expect(await setStoreOpen(database.prisma, { eventId: booth.id, open: true, changedBy: "bruno" })).toEqual({ storeOpen: true, result: undefined });
    expect(await storeOpen(booth.id)).toBe(true);
    await setStoreOpen(database.prisma, { eventId: booth.id, open: false, changedBy: "bruno" });
    expect(await storeOpen(booth.id)).toBe(false);
    expect(await changesOf(booth.id)).toEqual([true, false]);
  });

  it("commits what the caller adds together with the close, and hands back its result", async () => {
    const booth = await createEvent(database.prisma, { slug: "switch-along", name: "Along", timeZone: "UTC", locale: "en" });
    const now = new Date();
    const closed = await setStoreOpen(database.prisma, { eventId: booth.id, open: false, changedBy: "bruno", now }, async (tx, changedAt) => {
      // The caller's writes see the store already closed, and share the close's moment.
      expect((await tx.event.findUniqueOrThrow({ where: { id: booth.id } })).storeOpen).toBe(false);
      const staged = await stageEvent(tx, "config/changed", { eventId: booth.id, changed: ["menu"], storeOpen: false, changedBy: "bruno", changedAt: changedAt.toISOString() });
      return { result: 3, stagedEventIds: [staged] };
    });
    expect(closed).toEqual({ storeOpen: false, result: 3 });
    const sent = (await events.sent("config/changed")).filter((e) => e.eventId === booth.id);
    expect(sent.map((e) => [e.changed, e.changedAt])).toEqual([
      [["storeOpen"], now.toISOString()],
      [["menu"], now.toISOString()],
    ]);
  });

  it("changes nothing and announces nothing when the caller's part fails", async () => {
    const booth = await createEvent(database.prisma, { slug: "switch-fails", name: "Fails", timeZone: "UTC", locale: "en" });
    await setStoreOpen(database.prisma, { eventId: booth.id, open: true, changedBy: "bruno" });
    const closing = setStoreOpen(database.prisma, { eventId: booth.id, open: false, changedBy: "bruno" }, async () => {
      throw new Error("the orders could not be ended");
    });
    await expect(closing).rejects.toThrow("the orders could not be ended");
    expect(await storeOpen(booth.id)).toBe(true);
    expect(await changesOf(booth.id)).toEqual([true]);
    expect(await database.prisma.outboxEvent.count()).toBe(0);
  });

  it("says so for an event that does not exist", async () => {
    await expect(setStoreOpen(database.prisma, { eventId: "no-such-event", open: false, changedBy: "bruno" })).rejects.toThrow("There is no such event");
  });
});
