import type { Db } from "../../db/client";
import { sendEvent } from "../../events/send-event";
import type { ChosenDrink } from "./choose-drink";
import { transitionOrder } from "./transition-order";

/**
 * The order workflow's own changes. Each is a conditional update that is safe to repeat (a step may run again
 * after a crash) and that re-reads the database instead of trusting what the workflow last saw: a timeout only
 * ends an order that is still waiting. Each announces what it did with an event whose id is made of the order's
 * id, so a repeated step re-sends the same event, which the engine drops as a duplicate.
 */

/** Gives a submitted order its number, puts it in the queue, and says so with `order/queued`. */
export async function queueOrder(db: Db, input: { orderId: string; orderNumber: number; now?: Date }) {
  const now = input.now ?? new Date();
  const queued = await transitionOrder(db, {
    orderId: input.orderId,
    from: ["STARTED"],
    where: { submittedAt: { not: null } },
    data: { status: "QUEUED", orderNumber: input.orderNumber, queuedAt: now },
  });
  // Already queued by an earlier try of this step, or cancelled meanwhile: the database says which.
  const order = queued ?? (await db.order.findUniqueOrThrow({ where: { id: input.orderId } }));
  if (order.orderNumber === input.orderNumber && order.queuedAt) {
    await sendEvent(
      "order/queued",
      {
        eventId: order.eventId,
        orderId: order.id,
        orderNumber: input.orderNumber,
        attendeeId: order.attendeeId,
        attendeeName: order.attendeeName,
        drink: order.drink as ChosenDrink,
        queuedAt: order.queuedAt.toISOString(),
      },
      { id: `${order.id}:queued` },
    );
  }
  return order;
}

type Window = "submit" | "barista";
const waitingIn: Record<Window, Parameters<typeof transitionOrder>[1]["from"]> = { submit: ["STARTED"], barista: ["QUEUED", "MAKING"] };

/**
 * A window ran out: ends the order with `order/timed-out` unless it moved on meanwhile (submitted at the last
 * moment, made, cancelled).
 */
export async function timeOutOrder(db: Db, input: { orderId: string; window: Window; now?: Date }) {
  const now = input.now ?? new Date();
  const ended = await transitionOrder(db, {
    orderId: input.orderId,
    from: waitingIn[input.window],
    where: input.window === "submit" ? { submittedAt: null } : {},
    data: { status: "TIMED_OUT", endedAt: now, endedBy: "workflow", endReason: input.window },
  });
  const order = ended ?? (await db.order.findUniqueOrThrow({ where: { id: input.orderId } }));
  const timedOut = order.status === "TIMED_OUT" && order.endReason === input.window;
  if (timedOut) {
    await sendEvent(
      "order/timed-out",
      { eventId: order.eventId, orderId: order.id, orderNumber: order.orderNumber, window: input.window, timedOutAt: (order.endedAt ?? now).toISOString() },
      { id: `${order.id}:timed-out` },
    );
  }
  return { timedOut, order };
}

export function readOrder(db: Db, orderId: string) {
  return db.order.findUniqueOrThrow({ where: { id: orderId } });
}
