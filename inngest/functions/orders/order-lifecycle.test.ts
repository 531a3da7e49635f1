import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { channels } from "../../../server/realtime/channels";
import { getHub } from "../../../server/realtime/hub";
import { startLiveBooth, type LiveBooth } from "../../../server/testing/live-booth";

/**
 * The order workflow through the embedded executor, driven the way browsers drive it: attendees and baristas
 * call the app's procedures, the workflow reacts to their events, and the screens' channels hear the result.
 */

let booth: LiveBooth;
beforeAll(async () => {
  booth = await startLiveBooth();
});
afterAll(async () => {
  await booth?.close();
});

const orderOf = (orderId: string) => booth.db.order.findUniqueOrThrow({ where: { id: orderId } });

async function statusBecomes(orderId: string, status: string, timeoutMs?: number) {
  const order = await booth.eventually(() => orderOf(orderId), (o) => o.status === status, timeoutMs);
  expect(order.status).toBe(status);
  return order;
}

describe("an order from code to pickup", () => {
  it("is accepted, submitted, numbered, made, ready and picked up, and every screen hears each step", async () => {
    const event = await booth.openEvent();
    const ana = await booth.attendee("Ana Lima");
    const bruno = await booth.barista(event.slug, "Bruno");
    const heard: { channel: string; name: string; data: Record<string, unknown> }[] = [];
    const stop = getHub().subscribe([channels.board(event.id), channels.display(event.id)], (m) => heard.push(m as never));

    const orderId = await booth.startAccepted(event.slug, ana.caller, bruno.caller);
    const stopOrder = getHub().subscribe([channels.order(orderId)], (m) => heard.push(m as never));
    await ana.caller.attendee.submitOrder({
      orderId,
      choice: { menuItemId: event.menuItemId, choices: [{ groupId: (await milkGroup(event.menuItemId)).id, optionIds: [(await option("Oat")).id] }] },
    });
    const queued = await statusBecomes(orderId, "QUEUED");
    expect(queued.orderNumber).toBe(1);
    expect(queued.drink).toEqual({ menuItemId: event.menuItemId, name: "Flat White", station: "ESPRESSO_BAR", options: [{ group: "Milk", choice: "Oat" }] });
    expect(await ana.caller.attendee.order({ orderId })).toMatchObject({ status: "QUEUED", orderNumber: 1, queuePosition: 1 });

    const board = await bruno.caller.board.orders({ slug: event.slug });
    expect(board.orders.map((o) => [o.orderNumber, o.attendeeName, o.status])).toEqual([[1, "Ana Lima", "QUEUED"]]);

    await bruno.caller.board.claim({ slug: event.slug, orderId });
    expect(await ana.caller.attendee.order({ orderId })).toMatchObject({ status: "MAKING", baristaName: "Bruno" });
    // Another barista sees who makes it by name only: a user id is what a forged session would need.
    const carla = await booth.barista(event.slug, "Carla");
    const carlasBoard = await carla.caller.board.orders({ slug: event.slug });
    expect(carlasBoard.orders).toEqual([expect.objectContaining({ orderNumber: 1, baristaName: "Bruno", mine: false })]);
    expect(JSON.stringify(carlasBoard)).not.toContain(bruno.id);
    expect((await bruno.caller.board.orders({ slug: event.slug })).orders).toEqual([expect.objectContaining({ mine: true })]);
    await bruno.caller.board.complete({ slug: event.slug, orderId });
    const display = await bruno.caller.display.state({ slug: event.slug });
    expect(display.orders.ready).toEqual([expect.objectContaining({ orderNumber: 1, firstName: "Ana", drink: "Flat White" })]);
    expect((await ana.caller.attendee.order({ orderId })).nextOrder).toBeNull();
    await bruno.caller.board.pickUp({ slug: event.slug, orderId });
    await statusBecomes(orderId, "PICKED_UP");
    // Over: the page may offer another drink, as the booth's rules allow one.
    expect((await ana.caller.attendee.order({ orderId })).nextOrder).toEqual({ allowed: true, refusal: null, problem: null });

    await booth.eventually(async () => heard.length, () => heard.some((m) => m.name === "order.status" && m.data.status === "PICKED_UP"));
    stop();
    stopOrder();
    const onOrder = heard.filter((m) => m.channel === channels.order(orderId)).map((m) => m.data.status);
    expect(onOrder).toEqual(expect.arrayContaining(["QUEUED", "MAKING", "READY", "PICKED_UP"]));
    const onDisplay = heard.filter((m) => m.channel === channels.display(event.id));
    expect(onDisplay.map((m) => m.name)).toEqual(expect.arrayContaining(["qr.drinks-left", "order.queued", "order.preparing", "order.ready", "order.gone"]));
    // The booth screen is public: no order id, no attendee id, no code ever reaches it.
    const displayText = JSON.stringify(onDisplay);
    expect(displayText).not.toContain(orderId);
    expect(displayText).not.toContain(ana.id);

    // The journal follows on its own (the screens were told first).
    const journal = await booth.eventually(
      () => booth.db.journalEntry.findMany({ where: { orderId }, orderBy: { occurredAt: "asc" } }),
      (entries) => entries.some((e) => e.name === "order/picked-up"),
    );
    expect(journal.map((e) => e.name)).toEqual(
      expect.arrayContaining(["order/started", "order/accepted", "order/submitted", "order/queued", "order/claimed", "order/completed", "order/picked-up"]),
    );
  });

  it("numbers orders per event and day without gaps, whatever order they are submitted in", async () => {
    const event = await booth.openEvent({ maxOpenOrdersPerAttendee: 1 });
    const barista = await booth.barista(event.slug);
    const attendees = await Promise.all(Array.from({ length: 6 }, (_, i) => booth.attendee(`Nina ${i}`)));
    const orderIds = await Promise.all(attendees.map((a) => booth.startAccepted(event.slug, a.caller, barista.caller)));
    await Promise.all(attendees.map((a, i) => a.caller.attendee.submitOrder({ orderId: orderIds[i]!, choice: { menuItemId: event.menuItemId } })));
    const orders = await Promise.all(orderIds.map((id) => statusBecomes(id, "QUEUED")));
    expect(orders.map((o) => o.orderNumber).sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe("when nobody acts in time", () => {
  it("an order the attendee never submits times out after the event's submit window", async () => {
    const event = await booth.openEvent({ submitWindowSeconds: 5 });
    const ana = await booth.attendee();
    const barista = await booth.barista(event.slug);
    const orderId = await booth.startAccepted(event.slug, ana.caller, barista.caller);
    const order = await statusBecomes(orderId, "TIMED_OUT", 20_000);
    expect(order.endReason).toBe("submit");
    await expect(ana.caller.attendee.submitOrder({ orderId, choice: { menuItemId: event.menuItemId } })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("Time is up"),
    });
    const run = await booth.eventually(() => booth.runOf(orderId), (r) => r?.status === "COMPLETED");
    expect(run?.output).toMatchObject({ outcome: "timed-out", window: "submit" });
  });

  it("an order no barista finishes times out after the barista window and frees its place", async () => {
    const event = await booth.openEvent({ baristaWindowSeconds: 5, maxOpenOrders: 1 });
    const ana = await booth.attendee();
    const bea = await booth.attendee();
    const barista = await booth.barista(event.slug);
    const orderId = await booth.queuedOrder(event.slug, event.menuItemId, ana.caller, barista.caller);
    await barista.caller.board.claim({ slug: event.slug, orderId });
    // The booth is full while Ana's order is open.
    await expect(bea.caller.attendee.startOrder({ slug: event.slug, code: await booth.currentCode(event.slug, barista.caller) })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
    });
    const order = await statusBecomes(orderId, "TIMED_OUT", 20_000);
    expect(order.endReason).toBe("barista");
    await expect(booth.startAccepted(event.slug, bea.caller, barista.caller)).resolves.toBeTruthy();
  });
});

describe("cancelling", () => {
  it("the attendee cancels before a barista starts: the workflow ends and the board drops the order", async () => {
    const event = await booth.openEvent();
    const ana = await booth.attendee();
    const barista = await booth.barista(event.slug);
    const orderId = await booth.queuedOrder(event.slug, event.menuItemId, ana.caller, barista.caller);
    await ana.caller.attendee.cancelOrder({ orderId });
    expect(await orderOf(orderId)).toMatchObject({ status: "CANCELLED", endedBy: "attendee" });
    const run = await booth.eventually(() => booth.runOf(orderId), (r) => r?.status === "CANCELLED");
    expect(run?.status).toBe("CANCELLED");
    expect((await barista.caller.board.orders({ slug: event.slug })).orders).toEqual([]);
  });

  it("the attendee cannot cancel once a barista is making it", async () => {
    const event = await booth.openEvent();
    const ana = await booth.attendee();
    const barista = await booth.barista(event.slug);
    const orderId = await booth.queuedOrder(event.slug, event.menuItemId, ana.caller, barista.caller);
    await barista.caller.board.claim({ slug: event.slug, orderId });
    await expect(ana.caller.attendee.cancelOrder({ orderId })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("already making") });
    expect((await orderOf(orderId)).status).toBe("MAKING");
  });

  it("a barista cancels with a reason the attendee reads", async () => {
    const event = await booth.openEvent();
    const ana = await booth.attendee();
    const barista = await booth.barista(event.slug);
    const orderId = await booth.queuedOrder(event.slug, event.menuItemId, ana.caller, barista.caller);
    await barista.caller.board.claim({ slug: event.slug, orderId });
    await barista.caller.board.cancel({ slug: event.slug, orderId, reason: "The oat milk ran out" });
    expect(await ana.caller.attendee.order({ orderId })).toMatchObject({ status: "CANCELLED", endedBy: "barista", endReason: "The oat milk ran out" });
    await booth.eventually(() => booth.runOf(orderId), (r) => r?.status === "CANCELLED");
  });
});

describe("closing the store while people are choosing", () => {
  it("close now: the choosing order ends, the phone says why, its drink goes back, its run ends and a late submit is told", async () => {
    const event = await booth.openEvent();
    const ana = await booth.attendee();
    const barista = await booth.barista(event.slug);
    const orderId = await booth.startAccepted(event.slug, ana.caller, barista.caller);
    const queuedId = await booth.queuedOrder(event.slug, event.menuItemId, (await booth.attendee()).caller, barista.caller);
    const heard: { name: string; data: Record<string, unknown> }[] = [];
    const stop = getHub().subscribe([channels.order(orderId)], (m) => heard.push(m as never));
    const drinksLeft = async () => (await booth.db.qrWindow.findFirstOrThrow({ where: { eventId: event.id } })).drinksLeft;
    expect(await drinksLeft()).toBe(8);
    expect(await barista.caller.board.choosing({ slug: event.slug })).toEqual({ attendees: 1 });

    expect(await barista.caller.board.setStoreOpen({ slug: event.slug, open: false, choosing: "end-now" })).toEqual({ storeOpen: false, ordersEnded: 1 });

    const message = "The store closed before you ordered. Your drink has gone back to the booth.";
    expect(await ana.caller.attendee.order({ orderId })).toMatchObject({ status: "CANCELLED", endReason: message });
    expect(await drinksLeft()).toBe(9);
    expect(await barista.caller.board.choosing({ slug: event.slug })).toEqual({ attendees: 0 });
    const run = await booth.eventually(() => booth.runOf(orderId), (r) => r?.status === "CANCELLED");
    expect(run?.status).toBe("CANCELLED");
    await booth.eventually(async () => heard.length, () => heard.some((m) => m.data.status === "CANCELLED"));
    expect(heard).toContainEqual(expect.objectContaining({ name: "order.status", data: expect.objectContaining({ status: "CANCELLED", reason: message }) }));
    stop();
    await expect(ana.caller.attendee.submitOrder({ orderId, choice: { menuItemId: event.menuItemId } })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This order was cancelled.",
    });
    // An order already with the baristas is theirs to finish.
    expect((await orderOf(queuedId)).status).toBe("QUEUED");
  });

  it("let them finish: the store closes to new scans, and the attendee choosing still gets their drink queued", async () => {
    const event = await booth.openEvent();
    const ana = await booth.attendee();
    const barista = await booth.barista(event.slug);
    const code = await booth.currentCode(event.slug, barista.caller);
    const orderId = await booth.startAccepted(event.slug, ana.caller, barista.caller);

    expect(await barista.caller.board.setStoreOpen({ slug: event.slug, open: false, choosing: "let-them-finish" })).toEqual({ storeOpen: false, ordersEnded: 0 });

    expect(await barista.caller.board.choosing({ slug: event.slug })).toEqual({ attendees: 1 });
    await ana.caller.attendee.submitOrder({ orderId, choice: { menuItemId: event.menuItemId } });
    await statusBecomes(orderId, "QUEUED");
    const bea = await booth.attendee();
    await expect(bea.caller.attendee.startOrder({ slug: event.slug, code })).rejects.toMatchObject({ code: "PRECONDITION_FAILED", message: expect.stringContaining("closed") });
  });

  it("opening says nothing about people choosing: such a request is refused and the store stays closed", async () => {
    const event = await booth.openEvent();
    const barista = await booth.barista(event.slug);
    await barista.caller.board.setStoreOpen({ slug: event.slug, open: false });
    await expect(barista.caller.board.setStoreOpen({ slug: event.slug, open: true, choosing: "end-now" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("only closing the store says what happens to people still choosing"),
    });
    expect((await booth.db.event.findUniqueOrThrow({ where: { id: event.id } })).storeOpen).toBe(false);
  });
});

describe("a ready order taken back", () => {
  it("goes back to making and the workflow waits for the barista again", async () => {
    const event = await booth.openEvent();
    const ana = await booth.attendee();
    const barista = await booth.barista(event.slug);
    const orderId = await booth.queuedOrder(event.slug, event.menuItemId, ana.caller, barista.caller);
    await barista.caller.board.claim({ slug: event.slug, orderId });
    await barista.caller.board.complete({ slug: event.slug, orderId });
    await booth.eventually(() => booth.runOf(orderId), (r) => r?.waits.some((w) => w.name === "wait-for-recall") ?? false);
    await barista.caller.board.recall({ slug: event.slug, orderId });
    expect((await orderOf(orderId)).status).toBe("MAKING");
    const run = await booth.eventually(() => booth.runOf(orderId), (r) => r?.waits.some((w) => w.name === "wait-for-barista-after-recall-1") ?? false);
    expect(run?.waits.map((w) => w.name)).toContain("wait-for-barista-after-recall-1");
    await barista.caller.board.complete({ slug: event.slug, orderId });
    await statusBecomes(orderId, "READY");
  });
});

describe("the booth's rules, on the server", () => {
  it("a closed store refuses to start an order and takes no drink of the code", async () => {
    const event = await booth.openEvent();
    const ana = await booth.attendee();
    const barista = await booth.barista(event.slug);
    const code = await booth.currentCode(event.slug, barista.caller);
    await barista.caller.board.setStoreOpen({ slug: event.slug, open: false });
    const error = await ana.caller.attendee.startOrder({ slug: event.slug, code }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "PRECONDITION_FAILED", message: expect.stringContaining("closed") });
    expect((await booth.db.qrWindow.findUniqueOrThrow({ where: { code } })).drinksLeft).toBe(10);
    expect((await barista.caller.display.state({ slug: event.slug })).window).toBeNull();
  });

  it("an attendee with an order on the go, or with their drinks for today, is refused and told when to come back", async () => {
    const event = await booth.openEvent({ maxOrdersPerAttendeePerDay: 1 });
    const ana = await booth.attendee();
    const barista = await booth.barista(event.slug);
    const orderId = await booth.startAccepted(event.slug, ana.caller, barista.caller);
    const code = await booth.currentCode(event.slug, barista.caller);
    await expect(ana.caller.attendee.startOrder({ slug: event.slug, code })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message: expect.stringContaining("already have an order"),
    });
    await ana.caller.attendee.submitOrder({ orderId, choice: { menuItemId: event.menuItemId } });
    await statusBecomes(orderId, "QUEUED");
    await barista.caller.board.claim({ slug: event.slug, orderId });
    await barista.caller.board.complete({ slug: event.slug, orderId });
    const refusal = await ana.caller.attendee.startOrder({ slug: event.slug, code }).catch((e: { code: string; message: string; cause?: { retryAfter?: Date } }) => e);
    expect(refusal).toMatchObject({ code: "PRECONDITION_FAILED", message: expect.stringContaining("tomorrow") });
    // Midnight in Lisbon, the event's time zone.
    expect((refusal as { cause: { retryAfter: Date } }).cause.retryAfter.getTime()).toBeGreaterThan(Date.now());
    // Once the drink is collected, the order's page says why there is no other today, instead of offering one.
    await barista.caller.board.pickUp({ slug: event.slug, orderId });
    await statusBecomes(orderId, "PICKED_UP");
    expect((await ana.caller.attendee.order({ orderId })).nextOrder).toEqual({ allowed: false, refusal: expect.stringContaining("tomorrow"), problem: expect.objectContaining({ code: "daily-limit" }) });
  });

  it("when more phones race than the booth has places, the workflow admits exactly its cap and tells the others why", async () => {
    const event = await booth.openEvent({ maxOpenOrders: 2 });
    const barista = await booth.barista(event.slug);
    const code = await booth.currentCode(event.slug, barista.caller);
    const attendees = await Promise.all(Array.from({ length: 5 }, () => booth.attendee()));
    const started = await Promise.allSettled(attendees.map((a) => a.caller.attendee.startOrder({ slug: event.slug, code })));
    const orderIds = started.flatMap((s) => (s.status === "fulfilled" ? [s.value.orderId] : []));
    const settled = await Promise.all(orderIds.map((id) => booth.eventually(() => orderOf(id), (o) => o.status === "REJECTED" || o.submitBy !== null)));
    expect(settled.filter((o) => o.status === "STARTED")).toHaveLength(2);
    const rejected = settled.filter((o) => o.status === "REJECTED");
    expect(rejected.length + (5 - orderIds.length)).toBe(3);
    expect(rejected.every((o) => o.rejectedFor === "capacity-full" && o.retryAfter !== null)).toBe(true);
    // A refusal costs the code no drink: what the code gave out is what the booth admitted.
    const window = await booth.eventually(
      () => booth.db.qrWindow.findUniqueOrThrow({ where: { code } }),
      (w) => w.drinksTotal - w.drinksLeft === 2,
    );
    expect(window.drinksTotal - window.drinksLeft).toBe(2);
  });
});

describe("races", () => {
  it("50 phones redeeming a 10-drink code at once make exactly 10 orders", async () => {
    const event = await booth.openEvent({ drinksPerCode: 10, maxOpenOrders: 100 });
    const barista = await booth.barista(event.slug);
    const code = await booth.currentCode(event.slug, barista.caller);
    const attendees = await Promise.all(Array.from({ length: 50 }, (_, i) => booth.attendee(`Racer ${i}`)));
    const results = await Promise.allSettled(attendees.map((a) => a.caller.attendee.startOrder({ slug: event.slug, code })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(10);
    const refusals = results.flatMap((r) => (r.status === "rejected" ? [r.reason as { code: string; message: string }] : []));
    expect(refusals.every((e) => e.code === "PRECONDITION_FAILED" && /All drinks of this code are taken/.test(e.message))).toBe(true);
    expect(await booth.db.order.count({ where: { eventId: event.id } })).toBe(10);
    expect((await booth.db.qrWindow.findUniqueOrThrow({ where: { code } })).drinksLeft).toBe(0);
  });

  it("one attendee tapping five times at once with a limit of one starts one order and takes one drink", async () => {
    const event = await booth.openEvent({ drinksPerCode: 10, maxOpenOrdersPerAttendee: 1 });
    const barista = await booth.barista(event.slug);
    const code = await booth.currentCode(event.slug, barista.caller);
    const ana = await booth.attendee("Ana Five-Taps");
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => ana.caller.attendee.startOrder({ slug: event.slug, code })));
    const started = results.flatMap((r) => (r.status === "fulfilled" ? [r.value.orderId] : []));
    expect(started).toHaveLength(1);
    const refusals = results.flatMap((r) => (r.status === "rejected" ? [r.reason as { code: string; message: string }] : []));
    expect(refusals.every((e) => e.code === "PRECONDITION_FAILED" && /already have an order/.test(e.message))).toBe(true);
    expect((await booth.db.qrWindow.findUniqueOrThrow({ where: { code } })).drinksLeft).toBe(9);
    await booth.eventually(() => orderOf(started[0]!), (o) => o.submitBy !== null);
    expect(await booth.db.order.count({ where: { eventId: event.id } })).toBe(1);
  });

  it("10 baristas making one order at once: one wins, the others are told who", async () => {
    const event = await booth.openEvent();
    const ana = await booth.attendee();
    const baristas = await Promise.all(Array.from({ length: 10 }, (_, i) => booth.barista(event.slug, `Barista ${i}`)));
    const orderId = await booth.queuedOrder(event.slug, event.menuItemId, ana.caller, baristas[0]!.caller);
    const results = await Promise.allSettled(baristas.map((b) => b.caller.board.claim({ slug: event.slug, orderId })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const winner = (await orderOf(orderId)).baristaName;
    const losers = results.flatMap((r) => (r.status === "rejected" ? [r.reason as { code: string; message: string }] : []));
    expect(losers).toHaveLength(9);
    expect(losers.every((e) => e.code === "CONFLICT" && e.message === `Order #1 is being made by ${winner}, so nothing changed.`)).toBe(true);
    await booth.harness.executor!.engine.whenIdle();
    const claims = () => booth.db.journalEntry.count({ where: { orderId, name: "order/claimed" } });
    expect(await booth.eventually(claims, (n) => n > 0)).toBe(1);
  });
});

describe("privacy", () => {
  it("another attendee can neither see nor cancel my order", async () => {
    const event = await booth.openEvent();
    const ana = await booth.attendee();
    const bea = await booth.attendee();
    const barista = await booth.barista(event.slug);
    const orderId = await booth.startAccepted(event.slug, ana.caller, barista.caller);
    await expect(bea.caller.attendee.order({ orderId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(bea.caller.attendee.cancelOrder({ orderId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(bea.caller.attendee.submitOrder({ orderId, choice: { menuItemId: event.menuItemId } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await orderOf(orderId)).status).toBe("STARTED");
  });
});

async function milkGroup(menuItemId: string) {
  return booth.db.optionGroup.findFirstOrThrow({ where: { menuItemId, name: "Milk" } });
}
async function option(name: string) {
  return booth.db.option.findFirstOrThrow({ where: { name } });
}
