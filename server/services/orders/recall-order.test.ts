import { describe, expect, it } from "vitest";
import { ConflictError } from "../../errors";
import { recallGraceSeconds } from "../../shared/order-timing";
import { recallOrder } from "./recall-order";
import { setUpTestBooth } from "../../testing/orders-booth";

const booth = setUpTestBooth();

const carla = { id: "barista-carla", name: "Carla", isOrganiser: false };
const recall = (orderId: string, now?: Date) => recallOrder(booth.db, { eventId: booth.event.id, orderId, barista: carla, now });

describe("taking an order back from ready", () => {
  it("just after it was called, it is being made again by the barista who took it back", async () => {
    const placed = await booth.place({ status: "READY" });
    await recall(placed.id);

    expect(await booth.orderOf(placed.id)).toMatchObject({ status: "MAKING", completedAt: null, baristaId: carla.id, baristaName: "Carla" });
    expect(await booth.sent("order/recalled", placed.id)).toEqual([expect.objectContaining({ orderNumber: placed.orderNumber, baristaName: "Carla" })]);
  });

  it("once the grace time is over, it stays ready and the barista is told why", async () => {
    const placed = await booth.place({ status: "READY" });
    const late = new Date(placed.completedAt!.getTime() + (recallGraceSeconds + 1) * 1000);

    await expect(recall(placed.id, late)).rejects.toThrow(
      new ConflictError(`Order #${placed.orderNumber} has been ready for more than 2 minutes and can no longer be taken back.`),
    );
    expect(await booth.orderOf(placed.id)).toMatchObject({ status: "READY", completedAt: placed.completedAt });
    expect(await booth.sent("order/recalled", placed.id)).toEqual([]);
  });

  it("cannot take back a drink already picked up", async () => {
    const placed = await booth.place({ status: "PICKED_UP" });
    await expect(recall(placed.id)).rejects.toThrow(new ConflictError(`Order #${placed.orderNumber} was picked up, so nothing changed.`));
  });
});
