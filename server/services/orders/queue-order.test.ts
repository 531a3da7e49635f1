import { describe, expect, it } from "vitest";
import { queueOrder } from "./queue-order";
import { setUpTestBooth } from "../../testing/orders-booth";

const booth = setUpTestBooth();

describe("numbering and queueing a submitted order", () => {
  it("puts it in the queue with its number, and order/queued gives the board the drink; a repeated step is heard once", async () => {
    const placed = await booth.place({ status: "STARTED", submitted: true, attendeeName: "Ana Lima" });
    const now = new Date();
    await queueOrder(booth.db, { orderId: placed.id, orderNumber: 7, now });
    const again = await queueOrder(booth.db, { orderId: placed.id, orderNumber: 7 });

    expect(again).toMatchObject({ status: "QUEUED", orderNumber: 7, queuedAt: now });
    expect(await booth.sent("order/queued", placed.id)).toEqual([
      expect.objectContaining({ orderNumber: 7, attendeeName: "Ana Lima", drink: placed.drink, queuedAt: now.toISOString() }),
    ]);
  });

  it("leaves alone an order cancelled meanwhile, or one with no drink chosen, and announces nothing", async () => {
    const cancelled = await booth.place({ status: "STARTED", submitted: true });
    await booth.db.order.update({ where: { id: cancelled.id }, data: { status: "CANCELLED" } });
    const unchosen = await booth.place({ status: "STARTED" });

    expect(await queueOrder(booth.db, { orderId: cancelled.id, orderNumber: 8 })).toMatchObject({ status: "CANCELLED", orderNumber: null });
    expect(await queueOrder(booth.db, { orderId: unchosen.id, orderNumber: 9 })).toMatchObject({ status: "STARTED", orderNumber: null });
    expect([...(await booth.sent("order/queued", cancelled.id)), ...(await booth.sent("order/queued", unchosen.id))]).toEqual([]);
  });
});
