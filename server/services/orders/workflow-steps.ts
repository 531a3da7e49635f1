import type { Db } from "../../db/client";
import { transitionOrder } from "./transition-order";

/**
 * The order workflow's own changes. Each is a conditional update that is safe to repeat (a step may run again
 * after a crash) and that re-reads the database instead of trusting what the workflow last saw: a timeout only
 * ends an order that is still waiting.
 */

/** Gives a submitted order its number and puts it in the queue. */
export async function queueOrder(db: Db, input: { orderId: string; orderNumber: number; now?: Date }) {
  const now = input.now ?? new Date();
  const queued = await transitionOrder(db, {
    orderId: input.orderId,
    from: ["STARTED"],
    where: { submittedAt: { not: null } },
    data: { status: "QUEUED", orderNumber: input.orderNumber, queuedAt: now },
  });
  // Already queued by an earlier try of this step, or cancelled meanwhile: the database says which.
  return queued ?? db.order.findUniqueOrThrow({ where: { id: input.orderId } });
}

/** The submit window ran out: ends the order unless the attendee submitted (or cancelled) at the last moment. */
export async function timeOutSubmission(db: Db, orderId: string, now = new Date()) {
  const ended = await transitionOrder(db, {
    orderId,
    from: ["STARTED"],
    where: { submittedAt: null },
    data: { status: "TIMED_OUT", endedAt: now, endedBy: "workflow", endReason: "submit" },
  });
  return { timedOut: ended !== null, order: ended ?? (await db.order.findUniqueOrThrow({ where: { id: orderId } })) };
}

/** The barista window ran out: ends the order unless it was made (or cancelled) meanwhile. */
export async function timeOutAtBarista(db: Db, orderId: string, now = new Date()) {
  const ended = await transitionOrder(db, {
    orderId,
    from: ["QUEUED", "MAKING"],
    data: { status: "TIMED_OUT", endedAt: now, endedBy: "workflow", endReason: "barista" },
  });
  return { timedOut: ended !== null, order: ended ?? (await db.order.findUniqueOrThrow({ where: { id: orderId } })) };
}

export function readOrder(db: Db, orderId: string) {
  return db.order.findUniqueOrThrow({ where: { id: orderId } });
}
