import type { Db } from "../../db/client";
import { sendEvent } from "../../events/send-event";
import { withTheBaristas } from "./order-rules";
import { transitionOrder } from "./transition-order";

type Window = "submit" | "barista";
const waitingIn: Record<Window, Parameters<typeof transitionOrder>[1]["from"]> = { submit: ["STARTED"], barista: [...withTheBaristas] };

/**
 * A window ran out: ends the order with `order/timed-out` unless it moved on meanwhile (submitted at the last
 * moment, made, cancelled). A step of the order workflow: the update re-reads the database, so a timeout only ends
 * an order that is still waiting, and a repeated step re-sends the same event (its id is the order's), which the
 * engine drops as a duplicate.
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
