import { describe, expect, it } from "vitest";
import { ConflictError, NotFoundError } from "../../errors";
import { claimOrder } from "./claim-order";
import { setUpTestBooth } from "../../testing/orders-booth";

const booth = setUpTestBooth();

const bruno = { id: "barista-bruno", name: "Bruno", isOrganiser: false };
const carla = { id: "barista-carla", name: "Carla", isOrganiser: false };

describe("a barista claiming a queued order", () => {
  it("of two baristas who tap at once, one makes it and the other is told who does", async () => {
    const placed = await booth.place({ status: "QUEUED" });
    const taps = await Promise.allSettled([bruno, carla].map((barista) => claimOrder(booth.db, { eventId: booth.event.id, orderId: placed.id, barista })));

    const winner = taps.flatMap((tap) => (tap.status === "fulfilled" ? [tap.value.baristaName] : []));
    const loser = taps.flatMap((tap) => (tap.status === "rejected" ? [tap.reason as Error] : []));
    expect(winner).toHaveLength(1);
    expect(loser).toEqual([new ConflictError(`Order #${placed.orderNumber} is being made by ${winner[0]}, so nothing changed.`)]);
    expect(await booth.orderOf(placed.id)).toMatchObject({ status: "MAKING", baristaName: winner[0], claimedAt: expect.any(Date) });
    expect(await booth.sent("order/claimed", placed.id)).toEqual([expect.objectContaining({ orderNumber: placed.orderNumber, baristaName: winner[0] })]);
  });

  it("cannot make an order the attendee cancelled, and says so", async () => {
    const placed = await booth.place({ status: "CANCELLED" });
    await expect(claimOrder(booth.db, { eventId: booth.event.id, orderId: placed.id, barista: bruno })).rejects.toThrow(
      new ConflictError(`Order #${placed.orderNumber} was cancelled, so nothing changed.`),
    );
    expect(await booth.sent("order/claimed", placed.id)).toEqual([]);
  });

  it("does not find an order of another event", async () => {
    const placed = await booth.place({ status: "QUEUED" });
    await expect(claimOrder(booth.db, { eventId: "another-event", orderId: placed.id, barista: bruno })).rejects.toThrow(NotFoundError);
    expect(await booth.orderOf(placed.id)).toMatchObject({ status: "QUEUED", baristaId: null });
  });
});
