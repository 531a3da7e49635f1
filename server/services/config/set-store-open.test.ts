import { describe, expect, it } from "vitest";
import { stageEvent } from "../../events/outbox";
import { databaseWithEventSink } from "../../testing/event-sink";
import { createEvent } from "./create-event";
import { setStoreOpen } from "./set-store-open";

const setup = databaseWithEventSink();

const storeOpen = (eventId: string) => setup.database.prisma.event.findUniqueOrThrow({ where: { id: eventId } }).then((e) => e.storeOpen);
/** What a store needs before it opens: an available drink, and someone to make it. */
async function giveDrinkAndBarista(eventId: string, slug: string) {
  const db = setup.database.prisma;
  await db.menuItem.create({ data: { eventId, name: "Flat White", icon: "flat-white" } });
  const barista = await db.user.create({ data: { kind: "STAFF", email: `${slug}-barista@test.local`, name: "Bruno" } });
  await db.eventStaff.create({ data: { eventId, userId: barista.id, role: "BARISTA" } });
}
async function readyBooth(slug: string) {
  const booth = await createEvent(setup.database.prisma, { slug, name: slug, timeZone: "UTC", locale: "en" });
  await giveDrinkAndBarista(booth.id, slug);
  return booth;
}

const changesOf = async (eventId: string) => (await setup.events.sent("config/changed")).filter((e) => e.eventId === eventId).map((e) => e.storeOpen);

describe("the store switch", () => {
  it("opens and closes the store and tells the screens each time", async () => {
    const booth = await readyBooth("switch");
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
    const booth = await readyBooth("switch-fails");
    await setStoreOpen(setup.database.prisma, { eventId: booth.id, open: true, changedBy: "bruno" });
    const closing = setStoreOpen(setup.database.prisma, { eventId: booth.id, open: false, changedBy: "bruno" }, async () => {
      throw new Error("the orders could not be ended");
    });
    await expect(closing).rejects.toThrow("the orders could not be ended");
    expect(await storeOpen(booth.id)).toBe(true);
    expect(await changesOf(booth.id)).toEqual([true]);
    expect(await setup.database.prisma.outboxEvent.count()).toBe(0);
  });

  it("does not open without an available drink or without a barista, says which, and announces nothing", async () => {
    const db = setup.database.prisma;
    const booth = await createEvent(db, { slug: "switch-bare", name: "Bare", timeZone: "UTC", locale: "en" });
    const open = () => setStoreOpen(db, { eventId: booth.id, open: true, changedBy: "olivia" });
    await expect(open()).rejects.toMatchObject({ name: "RefusedError", reason: "menu-empty", message: expect.stringMatching(/no drink on the menu is available/) });
    const drink = await db.menuItem.create({ data: { eventId: booth.id, name: "Mocha", icon: "mocha", available: false } });
    await expect(open()).rejects.toMatchObject({ reason: "menu-empty" });
    await db.menuItem.update({ where: { id: drink.id }, data: { available: true } });
    // A booth screen is staff too, but it makes no drinks.
    const screen = await db.user.create({ data: { kind: "STAFF", email: "bare-screen@test.local", name: "Screen" } });
    await db.eventStaff.create({ data: { eventId: booth.id, userId: screen.id, role: "DISPLAY" } });
    await expect(open()).rejects.toMatchObject({ reason: "no-barista", message: expect.stringMatching(/nobody at this event is a barista/) });
    expect(await storeOpen(booth.id)).toBe(false);
    expect(await changesOf(booth.id)).toEqual([]);

    const barista = await db.user.create({ data: { kind: "STAFF", email: "bare-barista@test.local", name: "Bruno" } });
    await db.eventStaff.create({ data: { eventId: booth.id, userId: barista.id, role: "BARISTA" } });
    await open();
    expect(await storeOpen(booth.id)).toBe(true);
    // Closing needs neither: a store with nothing left to sell can always close.
    await db.menuItem.update({ where: { id: drink.id }, data: { available: false } });
    await setStoreOpen(db, { eventId: booth.id, open: false, changedBy: "olivia" });
    expect(await changesOf(booth.id)).toEqual([true, false]);
  });

  it("says so for an event that does not exist", async () => {
    await expect(setStoreOpen(setup.database.prisma, { eventId: "no-such-event", open: false, changedBy: "bruno" })).rejects.toThrow("There is no such event");
    await expect(setStoreOpen(setup.database.prisma, { eventId: "no-such-event", open: true, changedBy: "bruno" })).rejects.toThrow("There is no such event");
  });
});
