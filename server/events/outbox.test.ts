import { describe, expect, it } from "vitest";
import type { Prisma } from "../db/client";
import { listReceivedEvents } from "../../inngest/embedded/inspect-events";
import { databaseWithEventSink, startEventSink } from "../testing/event-sink";
import { connectInngestClient } from "../../inngest/client";
import { sendStagedEvents, stageEvent, startOutboxSweeper } from "./outbox";

const setup = databaseWithEventSink();

let counter = 0;
const redeemed = () => ({
  eventId: "booth-1",
  qrWindowId: "window-1",
  orderId: `order-${++counter}`,
  attendeeId: "guest-1",
  drinksLeft: 3,
  redeemedAt: new Date().toISOString(),
});
const sentFor = async (orderId: string) => (await setup.events.sent("qr/code.redeemed")).filter((e) => e.orderId === orderId);
const waiting = () => setup.database.prisma.outboxEvent.count();
/** A transaction that waits its turn: a busy machine may take seconds to hand out the first one. */
const inTransaction = <T>(work: (tx: Prisma.TransactionClient) => Promise<T>) => setup.database.prisma.$transaction(work, { maxWait: 30_000, timeout: 30_000 });

describe("the event outbox", () => {
  it("sends an event once its transaction commits, and nothing for one that rolls back", async () => {
    const kept = redeemed();
    const dropped = redeemed();
    const id = await inTransaction((tx) => stageEvent(tx, "qr/code.redeemed", kept));
    await expect(
      inTransaction(async (tx) => {
        await stageEvent(tx, "qr/code.redeemed", dropped);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await sentFor(kept.orderId)).toEqual([]);

    expect(await sendStagedEvents(setup.database.prisma, { ids: [id] })).toBe(1);
    expect(await sentFor(kept.orderId)).toEqual([kept]);
    expect(await sentFor(dropped.orderId)).toEqual([]);
    expect(await waiting()).toBe(0);
  });

  it("refuses an event its catalog schema refuses, failing the change that wrote it", async () => {
    const change = inTransaction((tx) => stageEvent(tx, "qr/code.redeemed", { ...redeemed(), drinksLeft: -1 }));
    await expect(change).rejects.toThrow();
    expect(await waiting()).toBe(0);
  });

  it("after a crash between commit and send, the next start sends what was left, once", async () => {
    const left = redeemed();
    await inTransaction((tx) => stageEvent(tx, "qr/code.redeemed", left));
    // The process that committed took its event to send it, then died: its claim still runs.
    await setup.database.prisma.outboxEvent.updateMany({ data: { claimedUntil: new Date(Date.now() + 30_000) } });
    expect(await sendStagedEvents(setup.database.prisma)).toBe(0); // another live sender's claim is respected

    const sweeper = startOutboxSweeper(setup.database.prisma, { takeOverClaimsAtStart: true, everyMs: 60_000 });
    await sweeper.stop();
    expect(await sentFor(left.orderId)).toEqual([left]);
    expect(await waiting()).toBe(0);
    // Sent twice (a crash after the engine had it, before the row was deleted): the engine keeps one.
    const again = await inTransaction((tx) => stageEvent(tx, "qr/code.redeemed", left, { id: "same-event" }));
    await sendStagedEvents(setup.database.prisma, { ids: [again] });
    await inTransaction((tx) => stageEvent(tx, "qr/code.redeemed", left, { id: "same-event" }));
    await sendStagedEvents(setup.database.prisma);
    expect(await listReceivedEvents(setup.database.sql, { id: "same-event" })).toHaveLength(1);
  });

  it("keeps an event the engine did not take, and a later sweep sends it", async () => {
    const held = redeemed();
    const id = await inTransaction((tx) => stageEvent(tx, "qr/code.redeemed", held));
    // An engine that is down: nothing listens at this address.
    connectInngestClient({ mode: "embedded", baseUrl: "http://127.0.0.1:9/", signingKey: `signkey-local-${"cd".repeat(32)}`, eventKey: "unreachable" });
    const logged: string[] = [];
    try {
      expect(await sendStagedEvents(setup.database.prisma, { ids: [id], log: (m) => logged.push(m) })).toBe(0);
    } finally {
      await setup.events.close();
      setup.events = await startEventSink(setup.database);
    }
    expect(logged.join("\n")).toMatch(/not sent yet/);
    expect(await waiting()).toBe(1);
    expect(await sendStagedEvents(setup.database.prisma)).toBe(1);
    expect(await sentFor(held.orderId)).toEqual([held]);
  });
});
