import type { Db, Prisma } from "../../db/client";
import { ConflictError, NotFoundError, type ProblemCode } from "../../errors";
import { sendStagedEvents } from "../../events/outbox";
import type { Order } from "../../generated/prisma/client";
import type { OrderStatus } from "../../generated/prisma/enums";

type Transition = { orderId: string; from: OrderStatus[]; where?: Prisma.OrderWhereInput; data: Prisma.OrderUpdateManyMutationInput };

/** PGlite runs one transaction at a time: under a rush, waiting for the database is normal, not an error. */
export const commandTransaction = { maxWait: 30_000, timeout: 30_000 };

/**
 * Every change of an order's state is this: one conditional update that only applies while the order is in one
 * of the states it may leave from. Two baristas tapping "make" on one order both send it; the database lets
 * exactly one through, and the other is told what happened instead.
 */
export async function transitionOrder(db: Prisma.TransactionClient, input: Transition) {
  const [order] = await db.order.updateManyAndReturn({
    where: { ...input.where, id: input.orderId, status: { in: input.from } },
    data: input.data,
  });
  return order ?? null;
}

/**
 * A transition and the event that announces it (written by `stage`, see outbox.ts) commit together, so a crash
 * after the change cannot leave the workflow and the screens without its event; it is sent once committed.
 * Null when the transition did not apply: then nothing is written.
 */
export async function transitionOrderAnnounced(db: Db, input: Transition, stage: (tx: Prisma.TransactionClient, order: Order) => Promise<string>) {
  const changed = await db.$transaction(async (tx) => {
    const order = await transitionOrder(tx, input);
    return order && { order, eventIds: [await stage(tx, order)] };
  }, commandTransaction);
  if (!changed) return null;
  // If sending fails here, the change still stands: the sweeper sends its event a few seconds later.
  await sendStagedEvents(db, { ids: changed.eventIds });
  return changed.order;
}

type Scope = { eventId?: string; attendeeId?: string };

/** Reads an order the caller may see: another event's or another attendee's order does not exist for them. */
export async function findOrderInScope(db: Db, orderId: string, scope: Scope) {
  const order = await db.order.findUnique({ where: { id: orderId } });
  if (!order || (scope.eventId && order.eventId !== scope.eventId) || (scope.attendeeId && order.attendeeId !== scope.attendeeId)) {
    throw new NotFoundError("There is no such order.", { code: "no-such-order" });
  }
  return order;
}

const orderLabel = (order: { orderNumber: number | null }) => (order.orderNumber ? `Order #${order.orderNumber}` : "This order");

/** Why a transition did not apply, in words for the person who tried it (and as `problem`, for a page to translate). */
export async function explainRefusedTransition(db: Db, orderId: string, scope: Scope, problem?: ProblemCode): Promise<never> {
  const order = await findOrderInScope(db, orderId, scope);
  const label = orderLabel(order);
  const state: Record<OrderStatus, string> = {
    STARTED: order.submittedAt ? "is getting its number" : "has no drink chosen yet",
    QUEUED: "is waiting for a barista",
    MAKING: `is being made by ${order.baristaName ?? "another barista"}`,
    READY: "is ready for pickup",
    PICKED_UP: "was picked up",
    CANCELLED: "was cancelled",
    TIMED_OUT: "timed out",
    REJECTED: "was not taken",
  };
  throw new ConflictError(`${label} ${state[order.status]}, so nothing changed.`, problem);
}
