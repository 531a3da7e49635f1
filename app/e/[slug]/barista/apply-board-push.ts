import type { BoardData, BoardOrder } from "./board-types";
import { stationOfPushedOrder } from "./stations";

/**
 * The board after one pushed change, applied to the cards it shows instead of asking the server again: a queued
 * order gets its card, a claim, release, ready or recall moves it, a pick-up, cancel or timeout takes it away, the
 * code's drinks left count down. Null when the push cannot be applied from what the board holds (a card it never
 * had, another code window, a settings change, a push it does not know): the board re-reads then. Pure and
 * idempotent. `mine` (the barista's own drinks go first in Making) is never known from a push, which names no
 * barista's account: a claim keeps a card's `mine` when this board's own tap set it (applyBoardAnswer), else false.
 */
export function applyBoardPush(board: BoardData, push: { name: string; data: unknown }): BoardData | null {
  const data = (push.data ?? {}) as Record<string, unknown>;
  const orderId = typeof data.orderId === "string" ? data.orderId : null;
  const date = (value: unknown) => (typeof value === "string" && !Number.isNaN(Date.parse(value)) ? new Date(value) : null);
  const card = board.orders.find((order) => order.id === orderId);
  const withOrders = (orders: BoardOrder[]): BoardData => ({ ...board, orders });
  const replace = (changes: Partial<BoardOrder>) => withOrders(board.orders.map((order) => (order.id === orderId ? { ...order, ...changes } : order)));

  switch (push.name) {
    case "order.queued": {
      const drink = data.drink as BoardOrder["drink"] | undefined;
      const queuedAt = date(data.queuedAt);
      if (!orderId || typeof data.orderNumber !== "number" || typeof data.attendeeName !== "string" || !drink?.name || !queuedAt) return null;
      if (card) return board;
      const added: BoardOrder = {
        id: orderId,
        orderNumber: data.orderNumber,
        attendeeName: data.attendeeName,
        drink: { name: drink.name, options: Array.isArray(drink.options) ? drink.options : [] },
        station: stationOfPushedOrder(data),
        status: "QUEUED",
        baristaName: null,
        queuedAt,
        claimedAt: null,
        completedAt: null,
        mine: false,
      };
      // The server lists cards by the time they were queued.
      return withOrders([...board.orders, added].sort((a, b) => (a.queuedAt?.getTime() ?? 0) - (b.queuedAt?.getTime() ?? 0)));
    }
    case "order.claimed":
    case "order.recalled": {
      const at = date(push.name === "order.claimed" ? data.claimedAt : data.recalledAt);
      if (!card || !at || typeof data.baristaName !== "string") return null;
      if (card.status === "MAKING" && card.baristaName === data.baristaName) return board;
      return replace({ status: "MAKING", baristaName: data.baristaName, claimedAt: push.name === "order.claimed" ? at : card.claimedAt, completedAt: null, mine: false });
    }
    case "order.released":
      if (!card) return null;
      return card.status === "QUEUED" ? board : replace({ status: "QUEUED", baristaName: null, claimedAt: null, mine: false });
    case "order.completed": {
      const at = date(data.completedAt);
      if (!card || !at) return null;
      return card.status === "READY" && card.completedAt?.getTime() === at.getTime() ? board : replace({ status: "READY", completedAt: at });
    }
    case "order.picked-up":
    case "order.cancelled":
    case "order.timed-out":
      return card ? withOrders(board.orders.filter((order) => order.id !== orderId)) : board;
    case "qr.drinks-left":
      if (!board.window || data.qrWindowId !== board.window.id || typeof data.drinksLeft !== "number") return null;
      return board.window.drinksLeft === data.drinksLeft ? board : { ...board, window: { ...board.window, drinksLeft: data.drinksLeft } };
    default:
      // Settings or the menu changed, or a push this board does not know.
      return null;
  }
}

/** What this board's own tap answered, applied at once: its card moves before any push arrives. */
export function applyBoardAnswer(board: BoardData, answer: { id: string; status: BoardOrder["status"]; baristaName: string | null }, now: Date): BoardData {
  const card = board.orders.find((order) => order.id === answer.id);
  if (!card) return board;
  if (answer.status !== "QUEUED" && answer.status !== "MAKING" && answer.status !== "READY") return { ...board, orders: board.orders.filter((order) => order.id !== answer.id) };
  const changes: Partial<BoardOrder> =
    answer.status === "MAKING"
      ? { status: "MAKING", baristaName: answer.baristaName, claimedAt: card.status === "QUEUED" ? now : card.claimedAt, completedAt: null, mine: true }
      : answer.status === "READY"
        ? { status: "READY", completedAt: card.status === "READY" ? card.completedAt : now }
        : { status: "QUEUED", baristaName: null, claimedAt: null, mine: false };
  return { ...board, orders: board.orders.map((order) => (order.id === answer.id ? { ...order, ...changes } : order)) };
}
