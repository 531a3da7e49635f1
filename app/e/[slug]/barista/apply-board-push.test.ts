import { describe, expect, it } from "vitest";
import { applyBoardAnswer, applyBoardPush } from "./apply-board-push";
import type { BoardData, BoardOrder } from "./board-types";

const at = (second: number) => new Date(Date.UTC(2026, 11, 2, 10, 0, second));
const card = (changes: Partial<BoardOrder> = {}): BoardOrder => ({
  id: "o1",
  orderNumber: 3,
  attendeeName: "Ana Costa",
  drink: { name: "Flat White", options: [{ group: "Milk", choice: "Oat" }] },
  station: "ESPRESSO_BAR",
  status: "QUEUED",
  baristaName: null,
  queuedAt: at(1),
  claimedAt: null,
  completedAt: null,
  mine: false,
  ...changes,
});
const board = (orders: BoardOrder[] = []): BoardData => ({
  event: { id: "e1", slug: "demo", name: "Demo", storeOpen: true, readyDisplaySeconds: 120 },
  window: null,
  orders,
});

describe("the board applies a pushed change to its cards", () => {
  it("gives a queued order its card, in the order orders were queued, once", () => {
    const queued = {
      orderId: "o2",
      orderNumber: 4,
      attendeeName: "Bea",
      drink: { name: "Iced Latte", options: [], station: "COLD_BAR" },
      queuedAt: at(0).toISOString(),
    };
    const next = applyBoardPush(board([card()]), { name: "order.queued", data: queued })!;
    expect(next.orders.map((order) => order.orderNumber)).toEqual([4, 3]);
    expect(next.orders[0]).toEqual({
      id: "o2",
      orderNumber: 4,
      attendeeName: "Bea",
      drink: { name: "Iced Latte", options: [] },
      station: "COLD_BAR",
      status: "QUEUED",
      baristaName: null,
      queuedAt: at(0),
      claimedAt: null,
      completedAt: null,
      mine: false,
    });
    expect(applyBoardPush(next, { name: "order.queued", data: queued })).toBe(next);
  });

  it("moves a card through making and ready, and back", () => {
    const making = applyBoardPush(board([card()]), { name: "order.claimed", data: { orderId: "o1", baristaName: "Bruno", claimedAt: at(5).toISOString() } })!;
    expect(making.orders[0]).toMatchObject({ status: "MAKING", baristaName: "Bruno", claimedAt: at(5), mine: false });
    const ready = applyBoardPush(making, { name: "order.completed", data: { orderId: "o1", completedAt: at(50).toISOString() } })!;
    expect(ready.orders[0]).toMatchObject({ status: "READY", completedAt: at(50) });
    const recalled = applyBoardPush(ready, { name: "order.recalled", data: { orderId: "o1", baristaName: "Carla", recalledAt: at(60).toISOString() } })!;
    expect(recalled.orders[0]).toMatchObject({ status: "MAKING", baristaName: "Carla", claimedAt: at(5), completedAt: null });
    const released = applyBoardPush(recalled, { name: "order.released", data: { orderId: "o1" } })!;
    expect(released.orders[0]).toMatchObject({ status: "QUEUED", baristaName: null, claimedAt: null });
  });

  it("takes a card away when the order is collected, cancelled or timed out", () => {
    for (const name of ["order.picked-up", "order.cancelled", "order.timed-out"]) {
      expect(applyBoardPush(board([card()]), { name, data: { orderId: "o1" } })!.orders).toEqual([]);
    }
  });

  it("keeps this board's own claim first in Making when the push comes after the answer", () => {
    const answered = applyBoardAnswer(board([card()]), { id: "o1", status: "MAKING", baristaName: "Bruno" }, at(5));
    expect(answered.orders[0]).toMatchObject({ status: "MAKING", mine: true, claimedAt: at(5) });
    expect(applyBoardPush(answered, { name: "order.claimed", data: { orderId: "o1", baristaName: "Bruno", claimedAt: at(5).toISOString() } })).toBe(answered);
    // And when the push came first.
    const pushed = applyBoardPush(board([card()]), { name: "order.claimed", data: { orderId: "o1", baristaName: "Bruno", claimedAt: at(5).toISOString() } })!;
    expect(applyBoardAnswer(pushed, { id: "o1", status: "MAKING", baristaName: "Bruno" }, at(6)).orders[0]).toMatchObject({ mine: true, claimedAt: at(5) });
  });

  it("applies its own taps' answers: ready, put back, collected", () => {
    const making = board([card({ status: "MAKING", baristaName: "Bruno", claimedAt: at(5), mine: true })]);
    expect(applyBoardAnswer(making, { id: "o1", status: "READY", baristaName: "Bruno" }, at(9)).orders[0]).toMatchObject({ status: "READY", completedAt: at(9) });
    expect(applyBoardAnswer(making, { id: "o1", status: "QUEUED", baristaName: null }, at(9)).orders[0]).toMatchObject({ status: "QUEUED", mine: false });
    expect(applyBoardAnswer(making, { id: "o1", status: "PICKED_UP", baristaName: "Bruno" }, at(9)).orders).toEqual([]);
  });

  it("asks for a re-read when it cannot know what to show", () => {
    expect(applyBoardPush(board(), { name: "order.claimed", data: { orderId: "o1", baristaName: "Bruno", claimedAt: at(5).toISOString() } })).toBeNull();
    expect(applyBoardPush(board(), { name: "config.changed", data: { changed: ["menu"], storeOpen: true } })).toBeNull();
    expect(applyBoardPush(board(), { name: "qr.drinks-left", data: { qrWindowId: "w1", drinksLeft: 3 } })).toBeNull();
    const open = { ...board(), window: { id: "w1", drinksLeft: 4, drinksTotal: 10, endsAt: at(59) } };
    expect(applyBoardPush(open, { name: "qr.drinks-left", data: { qrWindowId: "w2", drinksLeft: 9 } })).toBeNull();
    expect(applyBoardPush(open, { name: "qr.drinks-left", data: { qrWindowId: "w1", drinksLeft: 3 } })!.window!.drinksLeft).toBe(3);
    expect(applyBoardPush(board(), { name: "order.queued", data: { orderId: "o9", orderNumber: 9 } })).toBeNull();
  });
});
