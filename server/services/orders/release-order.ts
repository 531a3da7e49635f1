import type { Db } from "../../db/client";
import { stageEvent } from "../../events/outbox";
import type { BaristaAction } from "./barista-action";
import { explainRefusedTransition, transitionOrderAnnounced } from "./transition-order";

/** A barista puts an order they are making back in the queue, for anyone to claim. */
export async function releaseOrder(db: Db, { eventId, orderId, barista, now = new Date() }: BaristaAction) {
  // A barista puts back their own orders; an organiser can free one a barista left behind.
  const whose = barista.isOrganiser ? {} : { baristaId: barista.id };
  const order = await transitionOrderAnnounced(
    db,
    { orderId, from: ["MAKING"], where: { eventId, ...whose }, data: { status: "QUEUED", baristaId: null, baristaName: null, claimedAt: null } },
    (tx, order) => stageEvent(tx, "order/released", { eventId, orderId, orderNumber: order.orderNumber!, baristaId: barista.id, releasedAt: now.toISOString() }),
  );
  if (!order) return explainRefusedTransition(db, orderId, { eventId });
  return order;
}
