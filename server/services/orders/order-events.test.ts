import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { connectInngestClient } from "../../../inngest/client";
import type { Database } from "../../db/connect";
import { ConflictError } from "../../errors";
import { sendStagedEvents } from "../../events/outbox";
import { startEventSink } from "../../testing/event-sink";
import { placeOrder } from "../../testing/order-factory";
import { createTestDb } from "../../testing/test-db";
import { createEvent } from "../config/create-event";
import { addMenuItem, readMenu } from "../config/menu";
import { claimOrder } from "./claim-order";
import { submitOrder } from "./submit-order";

/**
 * An order's change and the event that announces it commit together: an engine that does not answer (or a crash
 * right after the commit) leaves the event in the outbox for the next sweep, never a change nobody hears of.
 */

let database: Database;
let events: Awaited<ReturnType<typeof startEventSink>>;
let eventId: string;
beforeAll(async () => {
  database = await createTestDb();
  events = await startEventSink(database);
  eventId = (await createEvent(database.prisma, { slug: "booth", name: "Booth", timeZone: "Europe/Lisbon", locale: "pt-PT" })).id;
  await addMenuItem(database.prisma, eventId, { name: "Flat White", icon: "flat-white" });
});
afterAll(async () => {
  await events?.close();
  await database?.close();
});

const bruno = { id: "barista-bruno", name: "Bruno", isOrganiser: false };
const carla = { id: "barista-carla", name: "Carla", isOrganiser: false };
const waiting = (orderId: string) => database.prisma.outboxEvent.findMany({ where: { data: { path: ["orderId"], equals: orderId } } });
const sentFor = async (name: string, orderId: string) => (await events.sent(name)).filter((e) => e.orderId === orderId);

/** Runs `act` while the engine is down (nothing listens at this address), then brings the engine back. */
async function withEngineDown<T>(act: () => Promise<T>) {
  connectInngestClient({ mode: "embedded", baseUrl: "http://127.0.0.1:9/", signingKey: `signkey-local-${"ef".repeat(32)}`, eventKey: "unreachable" });
  const warned = vi.spyOn(console, "warn").mockImplementation(() => {});
  try {
    return { result: await act(), warnings: warned.mock.calls.flat().join("\n") };
  } finally {
    warned.mockRestore();
    await events.close();
    events = await startEventSink(database);
  }
}

describe("an order's events when the engine does not take them", () => {
  it("a drink chosen in time is kept with its order/submitted event, and a later sweep sends it", async () => {
    const db = database.prisma;
    const placed = await placeOrder(db, { eventId, attendeeId: "guest-ana", status: "STARTED" });
    await db.order.update({ where: { id: placed.id }, data: { submitBy: new Date(Date.now() + 60_000) } });
    const menu = await readMenu(db, eventId);

    const { result: order, warnings } = await withEngineDown(() => submitOrder(db, { orderId: placed.id, attendeeId: "guest-ana", menu, choice: { menuItemId: menu[0]!.id } }));
    expect(order.submittedAt).not.toBeNull();
    expect(warnings).toMatch(/order\/submitted .* not sent yet/);
    expect((await waiting(placed.id)).map((row) => row.name)).toEqual(["order/submitted"]);
    expect(await sentFor("order/submitted", placed.id)).toEqual([]);

    expect(await sendStagedEvents(db)).toBe(1);
    expect(await sentFor("order/submitted", placed.id)).toEqual([expect.objectContaining({ orderId: placed.id, attendeeId: "guest-ana", drink: order.drink })]);
    expect(await waiting(placed.id)).toEqual([]);
  });

  it("a claim is kept with its order/claimed event, and the barista who lost the race changes nothing and is told", async () => {
    const db = database.prisma;
    const placed = await placeOrder(db, { eventId, attendeeId: "guest-bea", status: "QUEUED" });

    const { result: claimed } = await withEngineDown(() => claimOrder(db, { eventId, orderId: placed.id, barista: bruno }));
    expect(claimed).toMatchObject({ status: "MAKING", baristaName: "Bruno" });
    await expect(claimOrder(db, { eventId, orderId: placed.id, barista: carla })).rejects.toThrow(
      new ConflictError(`Order #${placed.orderNumber} is being made by Bruno, so nothing changed.`),
    );
    expect((await waiting(placed.id)).map((row) => row.name)).toEqual(["order/claimed"]);

    expect(await sendStagedEvents(db)).toBe(1);
    expect(await sentFor("order/claimed", placed.id)).toEqual([expect.objectContaining({ baristaId: bruno.id, baristaName: "Bruno" })]);
  });

  it("a claim whose event cannot be written does not happen either", async () => {
    const db = database.prisma;
    const placed = await placeOrder(db, { eventId, attendeeId: "guest-cid", status: "QUEUED" });
    // An order without a number cannot be announced (the catalog refuses order/claimed), so the claim rolls back.
    await db.order.update({ where: { id: placed.id }, data: { orderNumber: null } });

    await expect(claimOrder(db, { eventId, orderId: placed.id, barista: bruno })).rejects.toThrow();
    expect(await db.order.findUniqueOrThrow({ where: { id: placed.id } })).toMatchObject({ status: "QUEUED", baristaId: null, claimedAt: null });
    expect(await waiting(placed.id)).toEqual([]);
  });
});
