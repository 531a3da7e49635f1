import type { Db } from "../../db/client";
import { ConflictError } from "../../errors";
import { stageEvent } from "../../events/outbox";
import { recallGraceSeconds } from "../../shared/order-timing";
import { explainRefusedTransition, transitionOrderAnnounced } from "./transition-order";

/**
 * What a barista does to an order on the board. Each is one conditional update (see transitionOrder) committed
 * with its event; the losing side of a race is told who won. `eventId` scopes every action to the barista's event.
 */

export type Barista = { id: string; name: string; isOrganiser: boolean };
type Action = { eventId: string; orderId: string; barista: Barista; now?: Date };


export async function claimOrder(db: Db, { eventId, orderId, barista, now = new Date() }: Action) {
  const order = await transitionOrderAnnounced(
    db,
    { orderId, from: ["QUEUED"], where: { eventId }, data: { status: "MAKING", baristaId: barista.id, baristaName: barista.name, claimedAt: now } },
    (tx, order) =>
      stageEvent(tx, "order/claimed", { eventId, orderId, orderNumber: order.orderNumber!, baristaId: barista.id, baristaName: barista.name, claimedAt: now.toISOString() }),
  );
  if (!order) return explainRefusedTransition(db, orderId, { eventId });
  return order;
}

export async function releaseOrder(db: Db, { eventId, orderId, barista, now = new Date() }: Action) {
  const order = await transitionOrderAnnounced(
    db,
    {
      orderId,
      from: ["MAKING"],
      // A barista puts back their own orders; an organiser can free one a barista left behind.
      where: { eventId, ...(barista.isOrganiser ? {} : { baristaId: barista.id }) },
      data: { status: "QUEUED", baristaId: null, baristaName: null, claimedAt: null },
    },
    (tx, order) => stageEvent(tx, "order/released", { eventId, orderId, orderNumber: order.orderNumber!, baristaId: barista.id, releasedAt: now.toISOString() }),
  );
  if (!order) return explainRefusedTransition(db, orderId, { eventId });
  return order;
}

export async function completeOrder(db: Db, { eventId, orderId, barista, now = new Date() }: Action) {
  const order = await transitionOrderAnnounced(db, { orderId, from: ["MAKING"], where: { eventId }, data: { status: "READY", completedAt: now } }, (tx, order) =>
    stageEvent(tx, "order/completed", {
      eventId,
      orderId,
      orderNumber: order.orderNumber!,
      attendeeName: order.attendeeName,
      baristaId: barista.id,
      completedAt: now.toISOString(),
    }),
  );
  if (!order) return explainRefusedTransition(db, orderId, { eventId });
  return order;
}

export async function recallOrder(db: Db, { eventId, orderId, barista, now = new Date() }: Action) {
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

export async function pickUpOrder(db: Db, { eventId, orderId, now = new Date() }: Action) {
  const order = await transitionOrderAnnounced(
    db,
    { orderId, from: ["READY"], where: { eventId }, data: { status: "PICKED_UP", pickedUpAt: now, endedAt: now, endedBy: "barista" } },
    (tx, order) => stageEvent(tx, "order/picked-up", { eventId, orderId, orderNumber: order.orderNumber!, pickedUpAt: now.toISOString() }),
  );
  if (!order) return explainRefusedTransition(db, orderId, { eventId });
  return order;
}
