import { describe, expect, it } from "vitest";
import { listOwnedOrderIds } from "./list-owned-order-ids";
import { setUpTestBooth } from "../../testing/orders-booth";

const booth = setUpTestBooth();

describe("the orders whose channels an attendee may hear", () => {
  it("are their own, at every event, newest first", async () => {
    const elsewhere = await booth.addEvent();
    const ids = [];
    for (const [eventId, hoursAgo] of [[booth.event.id, 3], [elsewhere.id, 2], [booth.event.id, 1]] as const) {
      ids.unshift((await booth.place({ eventId, attendeeId: "guest-ana", status: "QUEUED", now: new Date(Date.now() - hoursAgo * 3_600_000) })).id);
    }
    await booth.place({ attendeeId: "guest-bea", status: "QUEUED" });

    expect(await listOwnedOrderIds(booth.db, "guest-ana")).toEqual(ids);
    expect(await listOwnedOrderIds(booth.db, "guest-cid")).toEqual([]);
  });
});
