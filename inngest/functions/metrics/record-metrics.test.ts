import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendEvent } from "../../../server/events/send-event";
import type { CatalogEventName } from "../../../server/events/catalog";
import { metricsFromEvents } from "../../../server/services/metrics/fold-order";
import { startLiveBooth, type LiveBooth } from "../../../server/testing/live-booth";
import { orderStory } from "../../../server/testing/order-story";
import { getRun, listRuns } from "../../embedded/inspect-runs";

/**
 * The metrics function, served by the SDK and driven by the embedded executor with the app's other functions: an
 * order made through the same procedures the browsers call, and recorded events sent again out of order.
 */

let booth: LiveBooth;
beforeAll(async () => {
  booth = await startLiveBooth();
});
afterAll(async () => {
  await booth?.close();
});

const metricsRow = async (orderId: string) => {
  const row = await booth.db.orderMetric.findUnique({ where: { orderId } });
  if (!row) return null;
  const { facts: _facts, updatedAt: _updatedAt, ...folded } = row;
  return folded;
};

describe("the metrics function", () => {
  it("folds a whole order, recalled once, from the events the booth sent: one run per event and no step", async () => {
    const event = await booth.openEvent();
    const ana = await booth.attendee("Ana Lima");
    const bruno = await booth.barista(event.slug, "Bruno Costa");
    const orderId = await booth.queuedOrder(event.slug, event.menuItemId, ana.caller, bruno.caller);
    const board = { slug: event.slug, orderId };
    await bruno.caller.board.claim(board);
    await bruno.caller.board.complete(board);
    await bruno.caller.board.recall(board);
    await bruno.caller.board.complete(board);
    await bruno.caller.board.pickUp(board);

    const row = await booth.eventually(() => metricsRow(orderId), (r) => r?.outcome === "PICKED_UP");
    await booth.harness.executor!.engine.whenIdle();
    expect(row).toMatchObject({ eventId: event.id, outcome: "PICKED_UP", drinkName: "Flat White", station: "ESPRESSO_BAR", baristaName: "Bruno Costa", recalls: 1, orderNumber: 1 });
    expect(row!.waitSeconds).toBeGreaterThanOrEqual(0);
    expect(row!.makeSeconds).toBeGreaterThanOrEqual(0);

    // The journal heard the same events: folded on their own, they give the same row.
    const journal = await booth.db.journalEntry.findMany({ where: { orderId } });
    expect(journal.map((e) => e.name)).toEqual(expect.arrayContaining(["qr/code.redeemed", "order/started", "order/accepted", "order/submitted", "order/queued", "order/claimed", "order/completed", "order/recalled", "order/picked-up"]));
    expect(await metricsRow(orderId)).toEqual(metricsFromEvents(journal.map((e) => ({ name: e.name, data: e.data }))).get(orderId));

    // What the metrics add to the engine per order: a run per event, each a single call without steps.
    const runs = (await listRuns(booth.database.sql, { functionId: "presso-metrics", limit: 500 })).filter(
      (run) => (run.trigger as { data?: { orderId?: string } }).data?.orderId === orderId,
    );
    expect(runs.map((run) => [run.status, run.steps])).toEqual(journal.map(() => ["COMPLETED", 0]));
  });

  it("gives the same row when recorded events come back reversed and again under new ids", async () => {
    const bruno = { id: "barista-1", name: "Bruno" };
    const events = orderStory({ eventId: "booth-replay", orderId: "replayed-1", start: "2026-12-02T10:00:00.000Z" })
      .queuedAfter(20).claimed(40, bruno).released(60).claimed(70, bruno).completed(130).pickedUp(200)
      // order/started would start a workflow for an order the booth does not have.
      .events.filter((e) => e.name !== "order/started");
    const send = (e: (typeof events)[number]) => sendEvent(e.name as CatalogEventName, e.data as never);
    for (const e of [...events].reverse()) await send(e);
    for (const e of events) await send(e);
    await booth.harness.executor!.engine.whenIdle();
    const row = await booth.eventually(() => metricsRow("replayed-1"), (r) => r?.outcome === "PICKED_UP");
    expect(row).toEqual(metricsFromEvents(events).get("replayed-1"));
    expect(row).toMatchObject({ releases: 1, makeSeconds: 60, waitSeconds: 109 });
  });

  it("fails an event that breaks its schema at once, without retries, and writes nothing", async () => {
    const eventKey = await booth.harness.send("order/queued", { eventId: "booth-bad", orderId: "bad-1", orderNumber: "seven" }, "metrics-bad-1");
    await booth.harness.executor!.engine.whenIdle();
    const runs = (await listRuns(booth.database.sql, { functionId: "presso-metrics", limit: 500 })).filter((run) => (run.trigger as { id?: string }).id === eventKey);
    expect(runs.map((run) => run.status)).toEqual(["FAILED"]);
    expect(await getRun(booth.database.sql, runs[0]!.id)).toMatchObject({ attempt: 0 });
    expect(await booth.db.orderMetric.findUnique({ where: { orderId: "bad-1" } })).toBeNull();
  });
});
