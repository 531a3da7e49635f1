import { describe, expect, it } from "vitest";
import { sendStagedEvents } from "../../events/outbox";
import { setUpTestBooth } from "../../testing/orders-booth";
import { storeClosedReason } from "../../shared/order-endings";
import { endChoosingOrders } from "./end-choosing-orders";
import { submitOrder } from "./submit-order";
import type { MenuForOrdering } from "./choose-drink";

const booth = setUpTestBooth();

/** Ends the choosing orders of one event in a transaction of its own, noting which drinks were to go back. */
async function endChoosing(eventId: string, now = new Date()) {
  const givenBack: string[] = [];
  const outcome = await booth.db.$transaction((tx) =>
    endChoosingOrders(tx, { eventId, by: "barista", now }, async (_tx, orderId) => {
      givenBack.push(orderId);
      return { stagedEventIds: [] };
    }),
  );
  await sendStagedEvents(booth.db, { ids: outcome.stagedEventIds });
  return { ...outcome, givenBack };
}

const menu: MenuForOrdering = [{ id: "latte", name: "Latte", station: "ESPRESSO_BAR", available: true, optionGroups: [] }];

describe("closing now", () => {
  it("ends only the orders not yet chosen, tells each attendee why, and gives each drink back", async () => {
    const event = await booth.addEvent();
    const place = (input: Parameters<typeof booth.place>[0]) => booth.place({ eventId: event.id, ...input });
    const [ana, bea] = [await place({ status: "STARTED" }), await place({ status: "STARTED" })];
    const [chosen, queued] = [await place({ status: "STARTED", submitted: true }), await place({ status: "QUEUED" })];
    const elsewhere = await booth.place({ status: "STARTED" });
    // Still being checked by its workflow: it would be refused now the store is closed, so it ends too.
    const checking = await place({ status: "STARTED" });
    await booth.db.order.update({ where: { id: checking.id }, data: { admittedAt: null } });
    const now = new Date();

    const outcome = await endChoosing(event.id, now);

    expect(outcome.ended).toBe(3);
    expect(outcome.givenBack.sort()).toEqual([ana.id, bea.id, checking.id].sort());
    for (const order of [ana, bea, checking]) {
      expect(await booth.orderOf(order.id)).toMatchObject({ status: "CANCELLED", endedAt: now, endedBy: "barista", endReason: storeClosedReason });
      expect(await booth.sent("order/cancelled", order.id)).toEqual([
        expect.objectContaining({ by: "barista", reason: storeClosedReason, orderNumber: null, cancelledAt: now.toISOString() }),
      ]);
    }
    expect((await booth.orderOf(chosen.id)).status).toBe("STARTED");
    expect((await booth.orderOf(queued.id)).status).toBe("QUEUED");
    expect((await booth.orderOf(elsewhere.id)).status).toBe("STARTED");
  });

  it("ends nothing and announces nothing when no one is choosing", async () => {
    const event = await booth.addEvent();
    const queued = await booth.place({ eventId: event.id, status: "QUEUED" });
    expect(await endChoosing(event.id)).toEqual({ ended: 0, stagedEventIds: [], givenBack: [] });
    expect(await booth.sent("order/cancelled", queued.id)).toEqual([]);
  });

  it("racing a submit, each order is either submitted or ended, never both", async () => {
    const event = await booth.addEvent();
    const orders = await Promise.all(Array.from({ length: 6 }, () => booth.place({ eventId: event.id, status: "STARTED" })));
    const submits = orders.map((order) =>
      submitOrder(booth.db, { orderId: order.id, attendeeId: order.attendeeId, menu, choice: { menuItemId: "latte" } }).then(
        () => "submitted" as const,
        (error: Error) => error.message,
      ),
    );
    const [closed, ...answers] = await Promise.all([endChoosing(event.id), ...submits]);

    const after = await Promise.all(orders.map((order) => booth.orderOf(order.id)));
    after.forEach((order, i) => {
      if (answers[i] === "submitted") expect(order).toMatchObject({ status: "STARTED", submittedAt: expect.any(Date) });
      else expect([order.status, order.submittedAt, answers[i]]).toEqual(["CANCELLED", null, "This order was cancelled."]);
    });
    expect(closed.ended).toBe(after.filter((o) => o.status === "CANCELLED").length);
    expect(closed.givenBack.sort()).toEqual(after.filter((o) => o.status === "CANCELLED").map((o) => o.id).sort());
  });
});
