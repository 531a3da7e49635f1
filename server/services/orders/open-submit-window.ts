import type { Db } from "../../db/client";
import { sendEvent } from "../../events/send-event";
import { transitionOrder } from "./transition-order";

/**
 * Lets the attendee choose: sets the end of the submit window and says so with `order/accepted`. The workflow
 * calls it only once its wait for the submission exists, so the fastest answer still finds the wait.
 */
export async function openSubmitWindow(db: Db, input: { orderId: string; submitWindowSeconds: number; now?: Date }) {
  const now = input.now ?? new Date();
  const submitBy = new Date(now.getTime() + input.submitWindowSeconds * 1000);
  const opened = await transitionOrder(db, { orderId: input.orderId, from: ["STARTED"], where: { admittedAt: { not: null }, submitBy: null }, data: { submitBy } });
  // A repeated step finds the window already open; a cancelled order stays closed.
  const order = opened ?? (await db.order.findUniqueOrThrow({ where: { id: input.orderId } }));
  if (order.status !== "STARTED" || !order.submitBy) return null;
  await sendEvent("order/accepted", {
    eventId: order.eventId,
    orderId: order.id,
    attendeeId: order.attendeeId,
    submitBy: order.submitBy.toISOString(),
    acceptedAt: now.toISOString(),
  });
  return order.submitBy;
}
