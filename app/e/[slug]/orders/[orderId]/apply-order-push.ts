import { endCodeOf } from "@/server/shared/order-endings";
import type { AttendeeOrder } from "../types";

/**
 * The attendee's order after a pushed `order.status`, shown at once instead of after the page's round trip: the
 * status with what its sentence needs (the number, who is making it, when it turned ready, how it ended). What a
 * push does not carry (the place in the queue, the wait, whether another order is allowed) is left out until the
 * page's own re-read brings it. Null when the push cannot be shown from what it carries (the booth's check of a
 * new order, a refusal): the page re-reads then. Pure.
 */
export function applyOrderPush(order: AttendeeOrder, data: unknown): AttendeeOrder | null {
  const push = (data ?? {}) as Record<string, unknown>;
  if (push.orderId !== undefined && push.orderId !== order.id) return null;
  const at = typeof push.at === "string" ? new Date(push.at) : null;
  if (!at || Number.isNaN(at.getTime())) return null;
  const orderNumber = typeof push.orderNumber === "number" ? push.orderNumber : order.orderNumber;
  // A drink no longer being chosen: the form closes whatever state the push brings.
  const submitted = { orderNumber, submittedAt: order.submittedAt ?? at };

  switch (push.status) {
    case "QUEUED":
      return {
        ...order,
        ...submitted,
        status: "QUEUED",
        baristaName: null,
        completedAt: null,
        // A drink coming back to the queue takes a new place; the re-read says which.
        queuePosition: order.status === "QUEUED" ? order.queuePosition : null,
        waitSeconds: order.status === "QUEUED" ? order.waitSeconds : null,
      };
    case "MAKING":
      return {
        ...order,
        ...submitted,
        status: "MAKING",
        baristaName: typeof push.baristaName === "string" ? push.baristaName : null,
        completedAt: null,
        queuePosition: null,
        waitSeconds: null,
      };
    case "READY":
      return { ...order, ...submitted, status: "READY", completedAt: at, queuePosition: null, waitSeconds: null };
    case "PICKED_UP":
      return { ...order, ...submitted, status: "PICKED_UP", queuePosition: null, waitSeconds: null, nextOrder: null };
    case "CANCELLED":
    case "TIMED_OUT": {
      const endedBy = typeof push.by === "string" ? push.by : null;
      // A timeout's reason is the window that ran out ("submit" or "barista"), as the server stores it.
      const endReason = push.status === "TIMED_OUT" ? (typeof push.window === "string" ? push.window : null) : typeof push.reason === "string" ? push.reason : null;
      const ended = { status: push.status, endedBy, endReason, rejectedFor: null };
      return {
        ...order,
        orderNumber,
        status: push.status,
        endedAt: at,
        endedBy,
        endReason,
        endCode: endCodeOf(ended),
        queuePosition: null,
        waitSeconds: null,
        nextOrder: null,
      };
    }
    default:
      return null;
  }
}
