import { describe, expect, it } from "vitest";
import { NotFoundError } from "../../errors";
import { readAttendeeOrder } from "./read-attendee-order";
import { setUpTestBooth } from "../../testing/orders-booth";

const booth = setUpTestBooth();

const secondsBefore = (at: Date, seconds: number) => new Date(at.getTime() - seconds * 1000);

describe("the attendee's page of their order", () => {
  it("in the queue: its place, and a wait shared among the baristas at work", async () => {
    const { id: eventId } = await booth.addEvent();
    const now = new Date();
    await booth.place({ eventId, status: "MAKING", barista: { id: "barista-bruno", name: "Bruno" } });
    await booth.place({ eventId, status: "MAKING", barista: { id: "barista-carla", name: "Carla" } });
    await booth.place({ eventId, status: "QUEUED", now: secondsBefore(now, 30) });
    const mine = await booth.place({ eventId, attendeeId: "guest-ana", status: "QUEUED", now });

    // No drink made here yet, so 90 s a drink; second in the queue, with two baristas at work.
    expect(await readAttendeeOrder(booth.db, { orderId: mine.id, attendeeId: "guest-ana", now })).toMatchObject({
      status: "QUEUED",
      queuePosition: 2,
      waitSeconds: 90,
    });
  });

  it("in the queue behind drinks being made: their time counts, shared by the baristas making them", async () => {
    const { id: eventId } = await booth.addEvent();
    const now = new Date();
    const bruno = { id: "barista-bruno", name: "Bruno" };
    // One barista has just started three drinks; this order is first in the queue.
    for (let drink = 0; drink < 3; drink++) {
      const making = await booth.place({ eventId, status: "MAKING", barista: bruno });
      await booth.db.order.update({ where: { id: making.id }, data: { claimedAt: now } });
    }
    const mine = await booth.place({ eventId, attendeeId: "guest-ana", status: "QUEUED", now });

    // 90 s a drink (no history): three drinks before this one, then this one, by one barista.
    expect(await readAttendeeOrder(booth.db, { orderId: mine.id, attendeeId: "guest-ana", now })).toMatchObject({
      queuePosition: 1,
      waitSeconds: 360,
    });
  });

  it("being made: the barista's first name, and what is left of the recent pace", async () => {
    const { id: eventId } = await booth.addEvent();
    await booth.place({ eventId, status: "READY" });
    const quick = await booth.place({ eventId, status: "READY" });
    await booth.db.order.update({ where: { id: quick.id }, data: { completedAt: new Date(quick.claimedAt!.getTime() + 30_000) } });
    const mine = await booth.place({ eventId, attendeeId: "guest-ana", status: "MAKING", barista: { id: "barista-bruno", name: "Bruno Barista" } });

    // The last drinks took 90 s and 30 s, so 60 s on average; 20 s of it have gone.
    const now = new Date(mine.claimedAt!.getTime() + 20_000);
    expect(await readAttendeeOrder(booth.db, { orderId: mine.id, attendeeId: "guest-ana", now })).toMatchObject({
      status: "MAKING",
      baristaName: "Bruno",
      queuePosition: null,
      waitSeconds: 40,
    });
  });

  it("does not exist for another attendee", async () => {
    const placed = await booth.place({ attendeeId: "guest-ana", status: "QUEUED" });
    await expect(readAttendeeOrder(booth.db, { orderId: placed.id, attendeeId: "guest-bea" })).rejects.toThrow(NotFoundError);
  });
});
