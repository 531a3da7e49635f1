import type { Db } from "../../db/client";
import { stageEvent } from "../../events/outbox";
import type { BaristaAction } from "./barista-action";
import { explainRefusedTransition, transitionOrderAnnounced } from "./transition-order";

/** A barista starts making a queued order: of two who tap at once, one gets it and the other is told who did. */
export async function claimOrder(db: Db, { eventId, orderId, barista, now = new Date() }: BaristaAction) {
  const order = await transitionOrderAnnounced(
    db,
    { orderId, from: ["QUEUED"], where: { eventId }, data: { status: "MAKING", baristaId: barista.id, baristaName: barista.name, claimedAt: now } },
    (tx, order) =>
      stageEvent(tx, "order/claimed", { eventId, orderId, orderNumber: order.orderNumber!, baristaId: barista.id, baristaName: barista.name, claimedAt: now.toISOString() }),
  );
  if (!order) return explainRefusedTransition(db, orderId, { eventId });
  return order;
}
