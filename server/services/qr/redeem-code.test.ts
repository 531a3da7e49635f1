import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/connect";
import { NotFoundError, RefusedError } from "../../errors";
import { sendStagedEvents } from "../../events/outbox";
import { createEvent } from "../config/create-event";
import { startEventSink } from "../../testing/event-sink";
import { createTestDb } from "../../testing/test-db";
import { currentWindow, windowBounds } from "./current-window";
import { redeemCode } from "./redeem-code";

let database: Database;
let events: Awaited<ReturnType<typeof startEventSink>>;
let eventId: string;
beforeAll(async () => {
  database = await createTestDb();
  events = await startEventSink(database);
  eventId = (await createEvent(database.prisma, { slug: "qr-booth", name: "QR Booth", timeZone: "Europe/Lisbon", locale: "pt-PT" })).id;
});
afterAll(async () => {
  await events?.close();
  await database?.close();
});

let redemptions = 0;
const redeemer = () => ({ orderId: `order-${++redemptions}`, attendeeId: `guest-${redemptions}` });
const settings = () => ({ eventId, qrRotationSeconds: 300, drinksPerCode: 10 });

describe("the booth's code", () => {
  it("is one code per wall-clock window, the same for every screen that asks", async () => {
    const now = new Date("2026-11-26T10:02:30Z");
    const [a, b] = await Promise.all([currentWindow(database.prisma, settings(), now), currentWindow(database.prisma, settings(), now)]);
    expect(a.id).toBe(b.id);
    expect(a.startsAt.toISOString()).toBe("2026-11-26T10:00:00.000Z");
    expect(a.endsAt.toISOString()).toBe("2026-11-26T10:05:00.000Z");
    const next = await currentWindow(database.prisma, settings(), new Date("2026-11-26T10:05:00Z"));
    expect(next.code).not.toBe(a.code);
  });

  it("gives exactly its 10 drinks when 50 phones redeem it at once", async () => {
    const now = new Date();
    // An hour-long window: the race never straddles the end of a window by chance.
    const window = await currentWindow(database.prisma, { ...settings(), qrRotationSeconds: 3600 }, now);
    const results = await Promise.allSettled(Array.from({ length: 50 }, () => redeemCode(database.prisma, { eventId, code: window.code, ...redeemer() })));
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(10);
    expect(lost.every((r) => r.reason instanceof RefusedError && /All drinks of this code are taken/.test(r.reason.message))).toBe(true);
    // Each refused phone learns when the next code appears: when this window ends.
    expect(lost.every((r) => (r.reason as RefusedError).reason === "code-used-up" && (r.reason as RefusedError).retryAfter?.getTime() === window.endsAt.getTime())).toBe(true);
    expect((await database.prisma.qrWindow.findUniqueOrThrow({ where: { id: window.id } })).drinksLeft).toBe(0);
    // The booth screen hears every drink taken, down to none left, once the events go out; the code itself is never in the event.
    expect(await sendStagedEvents(database.prisma)).toBe(10);
    const redeemed = (await events.sent("qr/code.redeemed")).filter((e) => e.qrWindowId === window.id);
    expect(redeemed.map((e) => e.drinksLeft).sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(JSON.stringify(redeemed)).not.toContain(window.code);
  });

  it("refuses a forged code, and an expired one, saying which and to scan again", async () => {
    await expect(redeemCode(database.prisma, { eventId, code: "made-up-code", ...redeemer() })).rejects.toThrow(NotFoundError);
    await expect(redeemCode(database.prisma, { eventId, code: "made-up-code", ...redeemer() })).rejects.toThrow(/Scan the code on the booth screen/);
    const old = await currentWindow(database.prisma, settings(), new Date("2026-11-26T09:00:00Z"));
    await expect(redeemCode(database.prisma, { eventId, code: old.code, ...redeemer() })).rejects.toThrow(/expired/);
    expect((await database.prisma.qrWindow.findUniqueOrThrow({ where: { id: old.id } })).drinksLeft).toBe(10);
  });

  it("is taken only if the order that takes it is recorded: a transaction that fails gives the drink back and sends nothing", async () => {
    const booth = await createEvent(database.prisma, { slug: "qr-rollback", name: "Rollback", timeZone: "UTC", locale: "en" });
    const window = await currentWindow(database.prisma, { eventId: booth.id, drinksPerCode: 3, qrRotationSeconds: 3600 }, new Date());
    const who = redeemer();
    const failed = database.prisma.$transaction(async (tx) => {
      await redeemCode(tx, { eventId: booth.id, code: window.code, ...who });
      throw new Error("the order could not be recorded");
    });
    await expect(failed).rejects.toThrow("the order could not be recorded");
    expect((await database.prisma.qrWindow.findUniqueOrThrow({ where: { id: window.id } })).drinksLeft).toBe(3);
    await sendStagedEvents(database.prisma);
    expect((await events.sent("qr/code.redeemed")).filter((e) => e.orderId === who.orderId)).toEqual([]);
  });

  it("of one event is not valid at another", async () => {
    const window = await currentWindow(database.prisma, { ...settings(), drinksPerCode: 5, qrRotationSeconds: 3600 }, new Date());
    const other = await createEvent(database.prisma, { slug: "qr-other", name: "Other", timeZone: "UTC", locale: "en" });
    await expect(redeemCode(database.prisma, { eventId: other.id, code: window.code, ...redeemer() })).rejects.toThrow(NotFoundError);
  });

  it("has windows of the event's rotation, aligned to the clock", () => {
    expect(windowBounds(60, new Date("2026-11-26T10:02:30Z")).startsAt.toISOString()).toBe("2026-11-26T10:02:00.000Z");
  });
});
