import { describe, expect, it } from "vitest";
import { ConflictError } from "../../errors";
import { releaseOrder } from "./release-order";
import { setUpTestBooth } from "../../testing/orders-booth";

const booth = setUpTestBooth();

const bruno = { id: "barista-bruno", name: "Bruno", isOrganiser: false };
const release = (orderId: string, barista: { id: string; name: string; isOrganiser: boolean }) => releaseOrder(booth.db, { eventId: booth.event.id, orderId, barista });

describe("putting an order back in the queue", () => {
  it("a barista puts back the order they are making: it waits for anyone again, and the screens hear it", async () => {
    const placed = await booth.place({ status: "MAKING", barista: bruno });
    await release(placed.id, bruno);

    expect(await booth.orderOf(placed.id)).toMatchObject({ status: "QUEUED", baristaId: null, baristaName: null, claimedAt: null });
    expect(await booth.sent("order/released", placed.id)).toEqual([expect.objectContaining({ orderNumber: placed.orderNumber, baristaId: bruno.id })]);
  });

  it("another barista cannot take it from the one making it, but an organiser can free it", async () => {
    const placed = await booth.place({ status: "MAKING", barista: bruno });

    await expect(release(placed.id, { id: "barista-carla", name: "Carla", isOrganiser: false })).rejects.toThrow(
      new ConflictError(`Order #${placed.orderNumber} is being made by Bruno, so nothing changed.`),
    );
    expect(await booth.orderOf(placed.id)).toMatchObject({ status: "MAKING", baristaId: bruno.id });

    await release(placed.id, { id: "organiser-olga", name: "Olga", isOrganiser: true });
    expect(await booth.orderOf(placed.id)).toMatchObject({ status: "QUEUED", baristaId: null });
    expect(await booth.sent("order/released", placed.id)).toEqual([expect.objectContaining({ baristaId: "organiser-olga" })]);
  });
});
