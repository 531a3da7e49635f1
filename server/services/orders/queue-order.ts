import type { Db } from "../../db/client";
import { sendEvent } from "../../events/send-event";
import type { ChosenDrink } from "./choose-drink";
import { transitionOrder } from "./transition-order";

/**
 * Gives a submitted order its number, puts it in the queue, and says so with `order/queued`. A step of the order
 * workflow, so it is safe to repeat (a step may run again after a crash): it re-reads the database instead of
 * trusting what the workflow last saw, and its event's id is made of the order's id, so a repeated step re-sends
 * the same event, which the engine drops as a duplicate.
 */
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
