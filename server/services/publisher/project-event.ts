import type { CatalogEventName, EventData } from "../../events/catalog";
import { channels } from "../../realtime/channels";

/**
 * What each screen hears of an event (configuration, orders, codes): the staff board gets the whole order, the booth screen only
 * numbers, first names and drinks (it is seen by everyone at the booth, so never an id of a person or a code),
 * and the attendee's own order channel gets their order's status. Each carries what its screen needs to show the
 * change without asking the server again (the barista's name for "being made", the time a drink turned ready). The event's queue channel hears that the line
 * moved (a drink left it or came back to it, a barista finished one), by order number only: every phone waiting
 * there re-reads its place and estimate. A new order joining at the back moves nobody, so it is not sent.
 * Pure: the publisher sends what this returns.
 */

export type Push = { channel: string; name: string; data: Record<string, unknown> };

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

export const projectedEvents = [
  "config/changed",
  "order/started",
  "order/accepted",
  "order/queued",
  "order/claimed",
  "order/released",
  "order/completed",
  "order/recalled",
  "order/picked-up",
  "order/cancelled",
  "order/timed-out",
  "order/rejected",
  "qr/code.redeemed",
  "qr/drink.returned",
] as const satisfies readonly CatalogEventName[];
type Projectable = (typeof projectedEvents)[number];

export function projectEvent<Name extends CatalogEventName>(name: Name, data: EventData<Name>): Push[] {
  const d = data as EventData<Projectable>;
  const board = (pushName: string, payload: Record<string, unknown>): Push => ({ channel: channels.board(d.eventId), name: pushName, data: payload });
  const display = (pushName: string, payload: Record<string, unknown>): Push => ({ channel: channels.display(d.eventId), name: pushName, data: payload });
  const queueMoved = (orderNumber: number | null): Push[] =>
    orderNumber === null ? [] : [{ channel: channels.queue(d.eventId), name: "queue.moved", data: { orderNumber } }];
  const order = (orderId: string, payload: Record<string, unknown>): Push => ({ channel: channels.order(orderId), name: "order.status", data: payload });

  switch (name as Projectable) {
    case "config/changed": {
      const e = data as EventData<"config/changed">;
      // Staff re-read the settings and the menu; the booth screen only needs to know whether the store is open;
      // phones choosing a drink re-read the menu when it changed (the queue's channel reaches attendees there).
      const menuChanged = e.changed.some((path) => path === "menu" || path.startsWith("menu."));
      return [
        board("config.changed", { changed: e.changed, storeOpen: e.storeOpen }),
        display("config.changed", { storeOpen: e.storeOpen }),
        ...(menuChanged ? [{ channel: channels.queue(d.eventId), name: "menu.changed", data: {} }] : []),
      ];
    }
    case "order/started": {
      const e = data as EventData<"order/started">;
      return [order(e.orderId, { orderId: e.orderId, status: "STARTED", at: e.startedAt })];
    }
    case "order/accepted": {
      const e = data as EventData<"order/accepted">;
      return [order(e.orderId, { orderId: e.orderId, status: "STARTED", submitBy: e.submitBy, at: e.acceptedAt })];
    }
    case "order/queued": {
      const e = data as EventData<"order/queued">;
      return [
        board("order.queued", { orderId: e.orderId, orderNumber: e.orderNumber, attendeeName: e.attendeeName, drink: e.drink, queuedAt: e.queuedAt }),
        display("order.queued", { orderNumber: e.orderNumber, firstName: firstName(e.attendeeName), drink: e.drink.name }),
        order(e.orderId, { orderId: e.orderId, status: "QUEUED", orderNumber: e.orderNumber, at: e.queuedAt }),
      ];
    }
    case "order/claimed": {
      const e = data as EventData<"order/claimed">;
      return [
        board("order.claimed", { orderId: e.orderId, orderNumber: e.orderNumber, baristaName: e.baristaName, claimedAt: e.claimedAt }),
        display("order.preparing", { orderNumber: e.orderNumber }),
        order(e.orderId, { orderId: e.orderId, status: "MAKING", orderNumber: e.orderNumber, baristaName: e.baristaName, at: e.claimedAt }),
        ...queueMoved(e.orderNumber),
      ];
    }
    case "order/released": {
      const e = data as EventData<"order/released">;
      return [
        board("order.released", { orderId: e.orderId, orderNumber: e.orderNumber, releasedAt: e.releasedAt }),
        order(e.orderId, { orderId: e.orderId, status: "QUEUED", orderNumber: e.orderNumber, at: e.releasedAt }),
        ...queueMoved(e.orderNumber),
      ];
    }
    case "order/completed": {
      const e = data as EventData<"order/completed">;
      return [
        board("order.completed", { orderId: e.orderId, orderNumber: e.orderNumber, completedAt: e.completedAt }),
        display("order.ready", { orderNumber: e.orderNumber, firstName: firstName(e.attendeeName), drink: e.drinkName ?? "", readyAt: e.completedAt }),
        order(e.orderId, { orderId: e.orderId, status: "READY", orderNumber: e.orderNumber, at: e.completedAt }),
        ...queueMoved(e.orderNumber),
      ];
    }
    case "order/recalled": {
      const e = data as EventData<"order/recalled">;
      return [
        board("order.recalled", { orderId: e.orderId, orderNumber: e.orderNumber, baristaName: e.baristaName, recalledAt: e.recalledAt }),
        display("order.preparing", { orderNumber: e.orderNumber }),
        order(e.orderId, { orderId: e.orderId, status: "MAKING", orderNumber: e.orderNumber, baristaName: e.baristaName, at: e.recalledAt }),
        ...queueMoved(e.orderNumber),
      ];
    }
    case "order/picked-up": {
      const e = data as EventData<"order/picked-up">;
      return [
        board("order.picked-up", { orderId: e.orderId, orderNumber: e.orderNumber }),
        display("order.gone", { orderNumber: e.orderNumber }),
        order(e.orderId, { orderId: e.orderId, status: "PICKED_UP", orderNumber: e.orderNumber, at: e.pickedUpAt }),
      ];
    }
    case "order/cancelled": {
      const e = data as EventData<"order/cancelled">;
      return [
        board("order.cancelled", { orderId: e.orderId, orderNumber: e.orderNumber, by: e.by, reason: e.reason }),
        ...(e.orderNumber !== null ? [display("order.gone", { orderNumber: e.orderNumber })] : []),
        order(e.orderId, { orderId: e.orderId, status: "CANCELLED", orderNumber: e.orderNumber, reason: e.reason, by: e.by, at: e.cancelledAt }),
        ...queueMoved(e.orderNumber),
      ];
    }
    case "order/timed-out": {
      const e = data as EventData<"order/timed-out">;
      return [
        board("order.timed-out", { orderId: e.orderId, orderNumber: e.orderNumber, window: e.window }),
        ...(e.orderNumber !== null ? [display("order.gone", { orderNumber: e.orderNumber })] : []),
        order(e.orderId, { orderId: e.orderId, status: "TIMED_OUT", orderNumber: e.orderNumber, window: e.window, at: e.timedOutAt }),
        ...queueMoved(e.orderNumber),
      ];
    }
    case "order/rejected": {
      const e = data as EventData<"order/rejected">;
      return [order(e.orderId, { orderId: e.orderId, status: "REJECTED", reason: e.reason, retryAfter: e.retryAfter, at: e.rejectedAt })];
    }
    case "qr/code.redeemed":
    case "qr/drink.returned": {
      const e = data as EventData<"qr/code.redeemed" | "qr/drink.returned">;
      // The window's id and how many drinks are left: never the code itself.
      return [display("qr.drinks-left", { qrWindowId: e.qrWindowId, drinksLeft: e.drinksLeft }), board("qr.drinks-left", { qrWindowId: e.qrWindowId, drinksLeft: e.drinksLeft })];
    }
  }
  return [];
}

/** What the attendee's phone shows on its lock screen, when they asked to be told (Web Push). */
export type PhoneNotification = { orderId: string; title: string; body: string; tag: string };

/**
 * An event worth a notification: only a drink made ready. Text, because a notification is read by a person;
 * a first name at most, because a lock screen is seen by whoever stands near. Pure, like projectEvent.
 */
export function projectNotification<Name extends CatalogEventName>(name: Name, data: EventData<Name>): PhoneNotification | undefined {
  if (name !== "order/completed") return undefined;
  const e = data as EventData<"order/completed">;
  return {
    orderId: e.orderId,
    title: `Your ${e.drinkName ?? "drink"} is ready`,
    body: `${firstName(e.attendeeName)}, show #${e.orderNumber} at the counter.`,
    // One notification per order on the phone: a second "ready" (after a recall) replaces the first.
    tag: `order:${e.orderId}`,
  };
}
