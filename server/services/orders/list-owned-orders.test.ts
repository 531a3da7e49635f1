import { describe, expect, it } from "vitest";
import { listOwnedOrders } from "./list-owned-orders";
import { setUpTestBooth } from "../../testing/orders-booth";

const booth = setUpTestBooth();

describe("the orders and queues an attendee may hear", () => {
  it("are their own orders, at every event, newest first, and the events they ordered at", async () => {
    const elsewhere = await booth.addEvent();
    const ids = [];
    for (const [eventId, hoursAgo] of [[booth.event.id, 3], [elsewhere.id, 2], [booth.event.id, 1]] as const) {
      ids.unshift((await booth.place({ eventId, attendeeId: "guest-ana", status: "QUEUED", now: new Date(Date.now() - hoursAgo * 3_600_000) })).id);
    }
    await booth.place({ attendeeId: "guest-bea", status: "QUEUED" });

    expect(await listOwnedOrders(booth.db, "guest-ana")).toEqual({ orderIds: ids, eventIds: [booth.event.id, elsewhere.id] });
    expect(await listOwnedOrders(booth.db, "guest-cid")).toEqual({ orderIds: [], eventIds: [] });
  });
});
