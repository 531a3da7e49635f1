import { describe, expect, it } from "vitest";
import { readDisplayOrders } from "./read-display-orders";
import { setUpTestBooth } from "../../testing/orders-booth";

const booth = setUpTestBooth();

describe("the booth screen", () => {
  it("shows numbers, first names and drinks, preparing apart from ready, until a ready order's display time is over", async () => {
    const { id: eventId } = await booth.addEvent();
    const queued = await booth.place({ eventId, status: "QUEUED", attendeeName: "Ana Lima" });
    const ready = await booth.place({ eventId, status: "READY", attendeeName: "  Bea  Costa Reis " });
    await booth.place({ eventId, status: "PICKED_UP" });
    const leavesAt = new Date(ready.completedAt!.getTime() + 600_000);

    expect(await readDisplayOrders(booth.db, { eventId, readyDisplaySeconds: 600 })).toEqual({
      preparing: [{ orderNumber: queued.orderNumber, firstName: "Ana", drink: "Latte" }],
      ready: [{ orderNumber: ready.orderNumber, firstName: "Bea", drink: "Latte", readyAt: ready.completedAt, leavesAt }],
    });
    expect((await readDisplayOrders(booth.db, { eventId, readyDisplaySeconds: 600, now: new Date(leavesAt.getTime() + 1000) })).ready).toEqual([]);
  });
});
