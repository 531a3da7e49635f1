import type { Db } from "../../db/client";
import { ConflictError } from "../../errors";
import { stageEvent } from "../../events/outbox";
import { recallGraceSeconds } from "../../shared/order-timing";
import type { BaristaAction } from "./barista-action";
import { explainRefusedTransition, transitionOrderAnnounced } from "./transition-order";

/** A barista takes an order back from "ready" to "making" (tapped too early, spilled), for a short while only. */
export async function recallOrder(db: Db, { eventId, orderId, barista, now = new Date() }: BaristaAction) {
  const order = await transitionOrderAnnounced(
    db,
    {
      orderId,
      from: ["READY"],
      where: { eventId, completedAt: { gt: new Date(now.getTime() - recallGraceSeconds * 1000) } },
      data: { status: "MAKING", completedAt: null, baristaId: barista.id, baristaName: barista.name },
    },
    (tx, order) =>
      stageEvent(tx, "order/recalled", { eventId, orderId, orderNumber: order.orderNumber!, baristaId: barista.id, baristaName: barista.name, recalledAt: now.toISOString() }),
  );
  if (!order) {
    const current = await db.order.findUnique({ where: { id: orderId } });
    if (current?.status === "READY" && current.eventId === eventId) {
      throw new ConflictError(`Order #${current.orderNumber} has been ready for more than ${recallGraceSeconds / 60} minutes and can no longer be taken back.`);
    }
    return explainRefusedTransition(db, orderId, { eventId });
  }
  return order;
}
