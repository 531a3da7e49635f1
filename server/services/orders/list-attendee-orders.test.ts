import { describe, expect, it } from "vitest";
import { listAttendeeOrders } from "./list-attendee-orders";
import { setUpTestBooth } from "../../testing/orders-booth";

const booth = setUpTestBooth();

describe("an attendee's list of their orders", () => {
  it("holds their orders at this event, newest first, and no one else's or another event's", async () => {
    const yesterday = await booth.place({ attendeeId: "guest-ana", status: "PICKED_UP", now: new Date(Date.now() - 86_400_000) });
    const today = await booth.place({ attendeeId: "guest-ana", status: "CANCELLED" });
    await booth.place({ attendeeId: "guest-bea", status: "QUEUED" });
    await booth.place({ eventId: (await booth.addEvent()).id, attendeeId: "guest-ana", status: "QUEUED" });

    expect(await listAttendeeOrders(booth.db, { eventId: booth.event.id, attendeeId: "guest-ana" })).toEqual([
      { id: today.id, status: "CANCELLED", orderNumber: today.orderNumber, drinkName: "Latte", startedAt: today.startedAt, endReason: "Out of oat milk" },
      { id: yesterday.id, status: "PICKED_UP", orderNumber: yesterday.orderNumber, drinkName: "Latte", startedAt: yesterday.startedAt, endReason: null },
    ]);
  });
});
