import type { Db } from "../../db/client";
import { stageEvent } from "../../events/outbox";
import type { BaristaAction } from "./barista-action";
import { explainRefusedTransition, transitionOrderAnnounced } from "./transition-order";

/** A drink being made is ready: it moves to Ready on the booth screen and waits for pickup. */
export async function completeOrder(db: Db, { eventId, orderId, barista, now = new Date() }: BaristaAction) {
  const order = await transitionOrderAnnounced(db, { orderId, from: ["MAKING"], where: { eventId }, data: { status: "READY", completedAt: now } }, (tx, order) =>
    stageEvent(tx, "order/completed", {
      eventId,
      orderId,
      orderNumber: order.orderNumber!,
      attendeeName: order.attendeeName,
      ...(order.drinkName ? { drinkName: order.drinkName } : {}),
      baristaId: barista.id,
      completedAt: now.toISOString(),
    }),
  );
  if (!order) return explainRefusedTransition(db, orderId, { eventId });
  return order;
}
