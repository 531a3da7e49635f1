import { describe, expect, it } from "vitest";
import { findRefusal } from "./find-refusal";
import { orderRulesOf } from "./order-rules";
import { setUpTestBooth } from "../../testing/orders-booth";

const booth = setUpTestBooth();

/** The rules of a new event of its own (so no other test's orders count), its store open unless told. */
const rulesOf = async (settings: { storeOpen?: boolean; maxOpenOrders?: number; maxOpenOrdersPerAttendee?: number; maxOrdersPerAttendeePerDay?: number }) =>
  orderRulesOf(await booth.addEvent({ storeOpen: true, ...settings }));

describe("the booth's rules for one more order", () => {
  it("a closed store refuses everyone, with no time to come back", async () => {
    const rules = await rulesOf({ storeOpen: false });
    expect(await findRefusal(booth.db, rules, "guest-ana")).toEqual({
      reason: "store-closed",
      message: "The store is closed right now. The booth screen shows a code as soon as it opens.",
      problem: { code: "store-closed" },
      retryAfter: null,
    });
  });

  it("an attendee's order on the go holds their place until it is ready, and not another attendee's", async () => {
    const rules = await rulesOf({ maxOpenOrdersPerAttendee: 1 });
    const making = await booth.place({ eventId: rules.eventId, attendeeId: "guest-ana", status: "MAKING" });

    expect(await findRefusal(booth.db, rules, "guest-ana")).toMatchObject({
      reason: "attendee-limit",
      message: expect.stringContaining("an order on the go"),
      problem: { code: "open-orders", values: { count: 1 } },
    });
    expect(await findRefusal(booth.db, rules, "guest-bea")).toBeNull();
    await booth.db.order.update({ where: { id: making.id }, data: { status: "READY" } });
    expect(await findRefusal(booth.db, rules, "guest-ana")).toBeNull();
  });

  it("a full booth refuses for a minute; a start also counts the orders still waiting for their check", async () => {
    const rules = await rulesOf({ maxOpenOrders: 2 });
    await booth.place({ eventId: rules.eventId, status: "QUEUED" });
    const unchecked = await booth.place({ eventId: rules.eventId, status: "STARTED" });
    await booth.db.order.update({ where: { id: unchecked.id }, data: { admittedAt: null } });
    const now = new Date();

    expect(await findRefusal(booth.db, rules, "guest-new", now, "admitted")).toBeNull();
    expect(await findRefusal(booth.db, rules, "guest-new", now, "with-unchecked")).toEqual({
      reason: "capacity-full",
      message: "The baristas have their hands full. Try again in a minute.",
      problem: { code: "capacity-full" },
      retryAfter: new Date(now.getTime() + 60_000),
    });
  });

  it("counts the drinks of the attendee's local day, not the orders that ended without one, until local midnight", async () => {
    const rules = await rulesOf({ maxOrdersPerAttendeePerDay: 2 });
    const now = new Date("2026-11-26T15:00:00Z");
    for (const status of ["PICKED_UP", "CANCELLED", "TIMED_OUT"] as const) await booth.place({ eventId: rules.eventId, attendeeId: "guest-ana", status, now });
    expect(await findRefusal(booth.db, rules, "guest-ana", now)).toBeNull();

    await booth.place({ eventId: rules.eventId, attendeeId: "guest-ana", status: "PICKED_UP", now });
    expect(await findRefusal(booth.db, rules, "guest-ana", now)).toEqual({
      reason: "attendee-limit",
      message: "You have had your 2 drinks for today. You can order again tomorrow.",
      problem: { code: "daily-limit", values: { count: 2 } },
      retryAfter: new Date("2026-11-27T00:00:00Z"),
    });
  });
});
