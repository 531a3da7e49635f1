import { describe, expect, it } from "vitest";
import { setUpTestBooth } from "../../testing/orders-booth";
import { countChoosingAttendees } from "./count-choosing-attendees";

const booth = setUpTestBooth();

describe("people choosing a drink", () => {
  it("counts each attendee whose order waits for their choice once, and no one who chose, is not yet checked or is done", async () => {
    const event = await booth.addEvent();
    const place = (input: Parameters<typeof booth.place>[0]) => booth.place({ eventId: event.id, ...input });
    await place({ status: "STARTED", attendeeId: "ana" });
    await place({ status: "STARTED", attendeeId: "ana" });
    await place({ status: "STARTED", attendeeId: "bea" });
    await place({ status: "STARTED", submitted: true });
    await place({ status: "QUEUED" });
    await place({ status: "CANCELLED" });
    const unchecked = await place({ status: "STARTED" });
    await booth.db.order.update({ where: { id: unchecked.id }, data: { admittedAt: null } });
    await booth.place({ status: "STARTED" });

    expect(await countChoosingAttendees(booth.db, { eventId: event.id })).toBe(2);
  });

  it("is zero at a booth where no one is choosing", async () => {
    const event = await booth.addEvent();
    expect(await countChoosingAttendees(booth.db, { eventId: event.id })).toBe(0);
  });
});
