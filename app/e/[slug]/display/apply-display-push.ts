import type { DisplayState } from "./display-types";

/**
 * The booth screen after one pushed change, applied to what it shows instead of asking the server again: a new
 * order joins Preparing, a ready one moves to Ready (listed for the event's readyDisplaySeconds from the moment it
 * turned ready), a collected or cancelled one leaves, a code's drinks left count down. Null when the push cannot
 * be applied from what the screen holds (a recalled drink it never listed, a new code window, the store switched):
 * the screen re-reads then. `serverNow` is the server's clock now, so the screen's countdowns keep their offset.
 * Pure and idempotent: the same push twice changes nothing the second time.
 */
export function applyDisplayPush(state: DisplayState, push: { name: string; data: unknown }, serverNow: number): DisplayState | null {
  const data = (push.data ?? {}) as Record<string, unknown>;
  const number = typeof data.orderNumber === "number" ? data.orderNumber : null;
  const { preparing, ready } = state.orders;
  const without = <T extends { orderNumber: number }>(list: T[]) => list.filter((entry) => entry.orderNumber !== number);
  const withOrders = (orders: DisplayState["orders"]): DisplayState => ({ ...state, orders, serverTime: new Date(serverNow) });
  const byNumber = <T extends { orderNumber: number }>(list: T[]) => [...list].sort((a, b) => a.orderNumber - b.orderNumber);

  switch (push.name) {
    case "order.queued": {
      if (number === null || typeof data.firstName !== "string") return null;
      if (preparing.some((entry) => entry.orderNumber === number)) return state;
      const entry = { orderNumber: number, firstName: data.firstName, drink: typeof data.drink === "string" ? data.drink : "" };
      return withOrders({ preparing: byNumber([...preparing, entry]), ready: without(ready) });
    }
    case "order.preparing": {
      if (number === null) return null;
      if (preparing.some((entry) => entry.orderNumber === number)) return state;
      // Taken back from Ready to make again.
      const recalled = ready.find((entry) => entry.orderNumber === number);
      if (!recalled) return null;
      const entry = { orderNumber: recalled.orderNumber, firstName: recalled.firstName, drink: recalled.drink };
      return withOrders({ preparing: byNumber([...preparing, entry]), ready: without(ready) });
    }
    case "order.ready": {
      if (number === null || typeof data.firstName !== "string" || typeof data.readyAt !== "string") return null;
      const readyAt = new Date(data.readyAt);
      if (Number.isNaN(readyAt.getTime())) return null;
      const known = [...preparing, ...ready].find((entry) => entry.orderNumber === number);
      const drink = typeof data.drink === "string" && data.drink ? data.drink : (known?.drink ?? "");
      const entry = { orderNumber: number, firstName: data.firstName, drink, readyAt, leavesAt: new Date(readyAt.getTime() + state.event.readyDisplaySeconds * 1000) };
      return withOrders({ preparing: without(preparing), ready: byNumber([...without(ready), entry]) });
    }
    case "order.gone": {
      if (number === null) return null;
      if (![...preparing, ...ready].some((entry) => entry.orderNumber === number)) return state;
      return withOrders({ preparing: without(preparing), ready: without(ready) });
    }
    case "qr.drinks-left": {
      if (!state.window || data.qrWindowId !== state.window.id || typeof data.drinksLeft !== "number") return null;
      return { ...state, window: { ...state.window, drinksLeft: data.drinksLeft }, serverTime: new Date(serverNow) };
    }
    default:
      // The store opened or closed (a new code window comes with it), or a push this screen does not know.
      return null;
  }
}
