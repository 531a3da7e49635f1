import type { Db } from "../../db/client";
import { stageEvent } from "../../events/outbox";
import type { BaristaAction } from "./barista-action";
import { explainRefusedTransition, transitionOrderAnnounced } from "./transition-order";

/** The attendee took their drink: the order ends, and it leaves the board and the booth screen. */
export async function pickUpOrder(db: Db, { eventId, orderId, now = new Date() }: BaristaAction) {
  const order = await transitionOrderAnnounced(
    db,
    { orderId, from: ["READY"], where: { eventId }, data: { status: "PICKED_UP", pickedUpAt: now, endedAt: now, endedBy: "barista" } },
    (tx, order) => stageEvent(tx, "order/picked-up", { eventId, orderId, orderNumber: order.orderNumber!, pickedUpAt: now.toISOString() }),
  );
  if (!order) return explainRefusedTransition(db, orderId, { eventId });
  return order;
}
