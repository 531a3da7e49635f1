import { describe, expect, it } from "vitest";
import { openSubmitWindow } from "./open-submit-window";
import { setUpTestBooth } from "../../testing/orders-booth";

const booth = setUpTestBooth();

/** An order as it is between its check and its window: admitted (or not yet), no window. */
async function checked(admitted: boolean) {
  const placed = await booth.place({ status: "STARTED" });
  return booth.db.order.update({ where: { id: placed.id }, data: { submitBy: null, ...(!admitted && { admittedAt: null }) } });
}

describe("the attendee's window to choose", () => {
  it("opens for an admitted order, and order/accepted tells the attendee until when; a repeated step does not move it", async () => {
    const order = await checked(true);
    const now = new Date();
    const submitBy = await openSubmitWindow(booth.db, { orderId: order.id, submitWindowSeconds: 90, now });
    const again = await openSubmitWindow(booth.db, { orderId: order.id, submitWindowSeconds: 90, now: new Date(now.getTime() + 5000) });

    expect(submitBy).toEqual(new Date(now.getTime() + 90_000));
    expect(again).toEqual(submitBy);
    expect((await booth.sent("order/accepted", order.id)).map((event) => event.submitBy)).toEqual([submitBy!.toISOString(), submitBy!.toISOString()]);
  });

  it("stays shut for an order still being checked, and for one cancelled meanwhile", async () => {
    const unchecked = await checked(false);
    const cancelled = await checked(true);
    await booth.db.order.update({ where: { id: cancelled.id }, data: { status: "CANCELLED" } });

    expect(await openSubmitWindow(booth.db, { orderId: unchecked.id, submitWindowSeconds: 90 })).toBeNull();
    expect(await openSubmitWindow(booth.db, { orderId: cancelled.id, submitWindowSeconds: 90 })).toBeNull();
    expect(await booth.orderOf(cancelled.id)).toMatchObject({ status: "CANCELLED", submitBy: null });
    expect([...(await booth.sent("order/accepted", unchecked.id)), ...(await booth.sent("order/accepted", cancelled.id))]).toEqual([]);
  });
});
