import { describe, expect, it } from "vitest";
import { setUpTestBooth } from "../../testing/orders-booth";
import { waitForAdmission } from "./wait-for-admission";

const booth = setUpTestBooth();

/** An order the workflow has not checked yet, as it is right after the code was redeemed. */
async function unchecked(eventId: string) {
  const order = await booth.place({ eventId, status: "STARTED" });
  await booth.db.order.update({ where: { id: order.id }, data: { admittedAt: null, submitBy: null } });
  return order;
}

describe("waiting for the booth's check of a new order", () => {
  it("answers as soon as the workflow admits the order", async () => {
    const { id: eventId } = await booth.addEvent();
    const order = await unchecked(eventId);
    // (A Prisma query runs only once it is awaited or then-ed.)
    setTimeout(() => void booth.db.order.update({ where: { id: order.id }, data: { admittedAt: new Date() } }).then(() => undefined), 120);
    const started = Date.now();
    await expect(waitForAdmission(booth.db, { orderId: order.id, attendeeId: order.attendeeId, timeoutMs: 5_000 })).resolves.toBe("admitted");
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("says the order ended when the booth refused it, and gives up without waiting past its time", async () => {
    const { id: eventId } = await booth.addEvent();
    const refused = await unchecked(eventId);
    await booth.db.order.update({ where: { id: refused.id }, data: { status: "REJECTED" } });
    await expect(waitForAdmission(booth.db, { orderId: refused.id, attendeeId: refused.attendeeId })).resolves.toBe("ended");

    const slow = await unchecked(eventId);
    const started = Date.now();
    await expect(waitForAdmission(booth.db, { orderId: slow.id, attendeeId: slow.attendeeId, timeoutMs: 300 })).resolves.toBe("still checking");
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("reads only the attendee's own order", async () => {
    const { id: eventId } = await booth.addEvent();
    const order = await booth.place({ eventId, status: "STARTED" });
    await expect(waitForAdmission(booth.db, { orderId: order.id, attendeeId: "someone-else", timeoutMs: 100 })).resolves.toBe("ended");
  });
});
