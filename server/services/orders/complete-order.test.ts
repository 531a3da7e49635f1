import { describe, expect, it } from "vitest";
import { ConflictError } from "../../errors";
import { completeOrder } from "./complete-order";
import { setUpTestBooth } from "../../testing/orders-booth";

const booth = setUpTestBooth();

const bruno = { id: "barista-bruno", name: "Bruno", isOrganiser: false };
const complete = (orderId: string, now?: Date) => completeOrder(booth.db, { eventId: booth.event.id, orderId, barista: bruno, now });

describe("a drink made ready", () => {
  it("waits for pickup, and order/completed carries the name the screens show and the drink's name; a second tap changes nothing", async () => {
    const placed = await booth.place({ status: "MAKING", attendeeName: "Ana Lima", barista: bruno });
    const now = new Date();
    await complete(placed.id, now);

    expect(await booth.orderOf(placed.id)).toMatchObject({ status: "READY", completedAt: now });
    await expect(complete(placed.id)).rejects.toThrow(new ConflictError(`Order #${placed.orderNumber} is ready for pickup, so nothing changed.`));
    expect(await booth.sent("order/completed", placed.id)).toEqual([
      { eventId: booth.event.id, orderId: placed.id, orderNumber: placed.orderNumber, attendeeName: "Ana Lima", drinkName: "Latte", baristaId: bruno.id, completedAt: now.toISOString() },
    ]);
  });

  it("cannot come before a barista has started it", async () => {
    const placed = await booth.place({ status: "QUEUED" });
    await expect(complete(placed.id)).rejects.toThrow(new ConflictError(`Order #${placed.orderNumber} is waiting for a barista, so nothing changed.`));
    expect((await booth.orderOf(placed.id)).completedAt).toBeNull();
  });
});
