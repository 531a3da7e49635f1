import { describe, expect, it } from "vitest";
import { setUpTestBooth } from "../../testing/orders-booth";
import { findOpenOrder } from "./find-open-order";

const booth = setUpTestBooth();

describe("an attendee's open order", () => {
  it("is their latest one still moving, never one that is over, nor someone else's", async () => {
    const { id: eventId } = await booth.addEvent();
    await booth.place({ eventId, attendeeId: "guest-ana", status: "PICKED_UP" });
    const queued = await booth.place({ eventId, attendeeId: "guest-ana", status: "QUEUED" });
    await booth.place({ eventId, attendeeId: "guest-ana", status: "CANCELLED" });
    await booth.place({ eventId, attendeeId: "guest-bea", status: "MAKING" });
    await expect(findOpenOrder(booth.db, "guest-ana")).resolves.toEqual({ id: queued.id, eventId });
    await expect(findOpenOrder(booth.db, "guest-carl")).resolves.toBeNull();
  });
});
