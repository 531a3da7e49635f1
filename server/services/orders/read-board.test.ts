import { describe, expect, it } from "vitest";
import { readBoard } from "./read-board";
import { setUpTestBooth } from "../../testing/orders-booth";

const booth = setUpTestBooth();

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

describe("the barista board", () => {
  it("lists what is queued, being made and ready for less than the display time, oldest first, and nothing else", async () => {
    const { id: eventId } = await booth.addEvent();
    const ready = await booth.place({ eventId, status: "READY", now: minutesAgo(5) });
    const making = await booth.place({ eventId, status: "MAKING", now: minutesAgo(4) });
    const queued = await booth.place({ eventId, status: "QUEUED", now: minutesAgo(3) });
    await booth.place({ eventId, status: "READY", now: minutesAgo(30) });
    await booth.place({ eventId, status: "PICKED_UP", now: minutesAgo(2) });
    await booth.place({ eventId, status: "CANCELLED", now: minutesAgo(2) });
    await booth.place({ eventId, status: "STARTED", submitted: true, now: minutesAgo(1) });

    const board = await readBoard(booth.db, { eventId, readyDisplaySeconds: 600, viewerId: "barista-bruno" });
    expect(board.map((order) => [order.orderNumber, order.status])).toEqual([
      [ready.orderNumber, "READY"],
      [making.orderNumber, "MAKING"],
      [queued.orderNumber, "QUEUED"],
    ]);
  });

  it("names who makes each drink and marks the viewer's own, without anyone's user id", async () => {
    const { id: eventId } = await booth.addEvent();
    await booth.place({ eventId, status: "MAKING", barista: { id: "barista-bruno", name: "Bruno" } });

    const [asBruno] = await readBoard(booth.db, { eventId, readyDisplaySeconds: 600, viewerId: "barista-bruno" });
    const [asCarla] = await readBoard(booth.db, { eventId, readyDisplaySeconds: 600, viewerId: "barista-carla" });
    expect(asBruno).toMatchObject({ baristaName: "Bruno", mine: true });
    expect(asCarla).toMatchObject({ baristaName: "Bruno", mine: false });
    expect(asBruno).not.toHaveProperty("baristaId");
  });

  it("says which station makes each drink, the espresso bar for orders chosen before drinks kept their station", async () => {
    const { id: eventId } = await booth.addEvent();
    const cold = await booth.place({ eventId, status: "QUEUED", drink: { menuItemId: "iced", name: "Iced Latte", station: "COLD_BAR", options: [] } });
    const older = await booth.place({ eventId, status: "QUEUED", drink: { menuItemId: "latte", name: "Latte", options: [] } });

    const board = await readBoard(booth.db, { eventId, readyDisplaySeconds: 600, viewerId: "barista-bruno" });
    expect(board.map((order) => [order.orderNumber, order.station])).toEqual([
      [cold.orderNumber, "COLD_BAR"],
      [older.orderNumber, "ESPRESSO_BAR"],
    ]);
  });
});
