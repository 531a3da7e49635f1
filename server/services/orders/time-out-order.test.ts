import { describe, expect, it } from "vitest";
import { setUpTestBooth } from "../../testing/orders-booth";
import { timeOutOrder } from "./time-out-order";

const booth = setUpTestBooth();

describe("a window that ran out", () => {
  it("ends an order whose attendee did not choose in time, says which window, and says it once however often asked", async () => {
    const placed = await booth.place({ status: "STARTED" });
    const now = new Date();
    const first = await timeOutOrder(booth.db, { orderId: placed.id, window: "submit", now });
    const again = await timeOutOrder(booth.db, { orderId: placed.id, window: "submit" });

    expect([first.timedOut, again.timedOut]).toEqual([true, true]);
    expect(await booth.orderOf(placed.id)).toMatchObject({ status: "TIMED_OUT", endedAt: now, endedBy: "workflow", endReason: "submit" });
    expect(await booth.sent("order/timed-out", placed.id)).toEqual([expect.objectContaining({ window: "submit", orderNumber: null, timedOutAt: now.toISOString() })]);
  });

  it("lets a drink chosen at the last moment go on", async () => {
    const placed = await booth.place({ status: "STARTED", submitted: true });
    const late = await timeOutOrder(booth.db, { orderId: placed.id, window: "submit" });

    expect(late).toMatchObject({ timedOut: false, order: { status: "STARTED" } });
    expect(await booth.sent("order/timed-out", placed.id)).toEqual([]);
  });

  it("at the baristas, ends an order still queued or being made, but not one made ready just in time", async () => {
    const [queued, making, ready] = [await booth.place({ status: "QUEUED" }), await booth.place({ status: "MAKING" }), await booth.place({ status: "READY" })];
    const outcomes = [];
    for (const order of [queued, making, ready]) outcomes.push((await timeOutOrder(booth.db, { orderId: order.id, window: "barista" })).order.status);

    expect(outcomes).toEqual(["TIMED_OUT", "TIMED_OUT", "READY"]);
    expect(await booth.sent("order/timed-out", making.id)).toEqual([expect.objectContaining({ window: "barista", orderNumber: making.orderNumber })]);
    expect(await booth.sent("order/timed-out", ready.id)).toEqual([]);
  });
});
