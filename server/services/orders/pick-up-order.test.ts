import { describe, expect, it } from "vitest";
import { ConflictError } from "../../errors";
import { pickUpOrder } from "./pick-up-order";
import { setUpTestBooth } from "../../testing/orders-booth";

const booth = setUpTestBooth();

const pickUp = (orderId: string, now?: Date) =>
  pickUpOrder(booth.db, { eventId: booth.event.id, orderId, barista: { id: "barista-bruno", name: "Bruno", isOrganiser: false }, now });

describe("handing over a drink", () => {
  it("ends a ready order as picked up, said once however often it is tapped", async () => {
    const placed = await booth.place({ status: "READY" });
    const now = new Date();
    await pickUp(placed.id, now);

    expect(await booth.orderOf(placed.id)).toMatchObject({ status: "PICKED_UP", pickedUpAt: now, endedAt: now, endedBy: "barista" });
    await expect(pickUp(placed.id)).rejects.toThrow(new ConflictError(`Order #${placed.orderNumber} was picked up, so nothing changed.`));
    expect(await booth.sent("order/picked-up", placed.id)).toEqual([
      { eventId: booth.event.id, orderId: placed.id, orderNumber: placed.orderNumber, pickedUpAt: now.toISOString() },
    ]);
  });

  it("cannot hand over a drink still being made", async () => {
    const placed = await booth.place({ status: "MAKING", barista: { id: "barista-carla", name: "Carla" } });
    await expect(pickUp(placed.id)).rejects.toThrow(new ConflictError(`Order #${placed.orderNumber} is being made by Carla, so nothing changed.`));
    expect(await booth.orderOf(placed.id)).toMatchObject({ status: "MAKING", endedAt: null });
  });
});
