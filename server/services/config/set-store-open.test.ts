import { describe, expect, it } from "vitest";
import { stageEvent } from "../../events/outbox";
import { databaseWithEventSink } from "../../testing/event-sink";
import { createEvent } from "./create-event";
import { setStoreOpen } from "./set-store-open";

const setup = databaseWithEventSink();

const storeOpen = (eventId: string) => setup.database.prisma.event.findUniqueOrThrow({ where: { id: eventId } }).then((e) => e.storeOpen);
const changesOf = async (eventId: string) => (await setup.events.sent("config/changed")).filter((e) => e.eventId === eventId).map((e) => e.storeOpen);

describe("the store switch", () => {
  it("opens and closes the store and tells the screens each time", async () => {
    const booth = await createEvent(setup.database.prisma, { slug: "switch", name: "Switch", timeZone: "UTC", locale: "en" });
    expect(await setStoreOpen(setup.database.prisma, { eventId: booth.id, open: true, changedBy: "bruno" })).toEqual({ storeOpen: true, result: undefined });
    expect(await storeOpen(booth.id)).toBe(true);
    await setStoreOpen(setup.database.prisma, { eventId: booth.id, open: false, changedBy: "bruno" });
    expect(await storeOpen(booth.id)).toBe(false);
    expect(await changesOf(booth.id)).toEqual([true, false]);
  });

  it("commits what the caller adds together with the close, and hands back its result", async () => {
    const booth = await createEvent(setup.database.prisma, { slug: "switch-along", name: "Along", timeZone: "UTC", locale: "en" });
    const now = new Date();
    const closed = await setStoreOpen(setup.database.prisma, { eventId: booth.id, open: false, changedBy: "bruno", now }, async (tx, changedAt) => {
      // The caller's writes see the store already closed, and share the close's moment.
      expect((await tx.event.findUniqueOrThrow({ where: { id: booth.id } })).storeOpen).toBe(false);
      const staged = await stageEvent(tx, "config/changed", { eventId: booth.id, changed: ["menu"], storeOpen: false, changedBy: "bruno", changedAt: changedAt.toISOString() });
      return { result: 3, stagedEventIds: [staged] };
    });
    expect(closed).toEqual({ storeOpen: false, result: 3 });
    const sent = (await setup.events.sent("config/changed")).filter((e) => e.eventId === booth.id);
    expect(sent.map((e) => [e.changed, e.changedAt])).toEqual([
      [["storeOpen"], now.toISOString()],
      [["menu"], now.toISOString()],
    ]);
  });

  it("changes nothing and announces nothing when the caller's part fails", async () => {
    const booth = await createEvent(setup.database.prisma, { slug: "switch-fails", name: "Fails", timeZone: "UTC", locale: "en" });
    await setStoreOpen(setup.database.prisma, { eventId: booth.id, open: true, changedBy: "bruno" });
    const closing = setStoreOpen(setup.database.prisma, { eventId: booth.id, open: false, changedBy: "bruno" }, async () => {
      throw new Error("the orders could not be ended");
    });
    await expect(closing).rejects.toThrow("the orders could not be ended");
    expect(await storeOpen(booth.id)).toBe(true);
    expect(await changesOf(booth.id)).toEqual([true]);
    expect(await setup.database.prisma.outboxEvent.count()).toBe(0);
  });

  it("says so for an event that does not exist", async () => {
    await expect(setStoreOpen(setup.database.prisma, { eventId: "no-such-event", open: false, changedBy: "bruno" })).rejects.toThrow("There is no such event");
  });
});
