import type { Db } from "../../db/client";
import { NotFoundError } from "../../errors";
import { findRefusal } from "./find-refusal";
import type { OrderRules, RejectionReason } from "./order-rules";
import { commandTransaction } from "./transition-order";
import { sendEvent } from "../../events/send-event";

export type Admission =
  | { admitted: true }
  | { admitted: false; reason: RejectionReason; message: string; retryAfter: Date | null }
  /** The order ended before it was checked (the attendee cancelled it). */
  | { admitted: false; reason: null };

/**
 * The order workflow's check of the booth's rules. Counting open orders and admitting one must not interleave
 * with another admission at the same event (two phones could both see 19 of 20 places free), so it runs in a
 * transaction that holds the event's advisory lock. A refusal is announced with `order/rejected`. Asked again for
 * the same order, it answers (and announces) as before.
 */
export async function admitOrder(db: Db, rules: OrderRules, orderId: string, now = new Date()): Promise<Admission> {
  const admission = await db.$transaction(
    async (tx): Promise<Admission & { attendeeId?: string }> => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`admission:${rules.eventId}`}))`;
      const order = await tx.order.findUnique({ where: { id: orderId } });
      if (!order || order.eventId !== rules.eventId) throw new NotFoundError(`There is no order ${orderId} at this event`);
      if (order.admittedAt) return { admitted: true };
      if (order.status === "REJECTED") {
        const reason = order.rejectedFor as RejectionReason;
        return { admitted: false, reason, message: order.endReason ?? "", retryAfter: order.retryAfter, attendeeId: order.attendeeId };
      }
      if (order.status !== "STARTED") return { admitted: false, reason: null };
      const refusal = await findRefusal(tx, rules, order.attendeeId, now);
      if (refusal) {
        await tx.order.update({
          where: { id: orderId },
          data: { status: "REJECTED", rejectedFor: refusal.reason, endReason: refusal.message, retryAfter: refusal.retryAfter, endedAt: now, endedBy: "workflow" },
        });
        return { admitted: false, ...refusal, attendeeId: order.attendeeId };
      }
      await tx.order.update({ where: { id: orderId }, data: { admittedAt: now } });
      return { admitted: true };
    },
    commandTransaction,
  );
  if (!admission.admitted && admission.reason !== null) {
    // Said again if this step runs again: the event's id makes the engine drop the repeat.
    await sendEvent(
      "order/rejected",
      {
        eventId: rules.eventId,
        orderId,
        attendeeId: admission.attendeeId!,
        reason: admission.reason,
        retryAfter: admission.retryAfter?.toISOString() ?? null,
        rejectedAt: now.toISOString(),
      },
      { id: `${orderId}:rejected` },
    );
    const { attendeeId: _attendeeId, ...refusal } = admission;
    return refusal;
  }
  return admission.admitted ? { admitted: true } : { admitted: false, reason: null };
}
