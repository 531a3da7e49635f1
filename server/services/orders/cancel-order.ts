import type { Db } from "../../db/client";
import { ConflictError } from "../../errors";
import { stageEvent } from "../../events/outbox";
import type { OrderStatus } from "../../generated/prisma/enums";
import { explainRefusedTransition, findOrderInScope, transitionOrderAnnounced } from "./transition-order";
import { cancelledByAttendeeReason, cancelledByBoothReason } from "../../shared/order-endings";

/**
 * Cancelling, by whom and until when: the attendee until a barista starts making it, a barista while it is
 * queued or being made (with a reason the attendee reads), an organiser any order not yet finished.
 * `order/cancelled` then ends the order's workflow through its `cancelOn`.
 */

type CancelledBy =
  | { by: "attendee"; attendeeId: string }
  | { by: "barista"; eventId: string; userId: string }
  | { by: "organiser"; eventId: string; userId: string };

const cancellableBy: Record<CancelledBy["by"], OrderStatus[]> = {
  attendee: ["STARTED", "QUEUED"],
  barista: ["QUEUED", "MAKING"],
  organiser: ["STARTED", "QUEUED", "MAKING", "READY"],
};

/** The reasons an order keeps when none is given: the attendee's own cancel, and the booth's. */

export async function cancelOrder(db: Db, input: { orderId: string; reason?: string; now?: Date } & CancelledBy) {
  const now = input.now ?? new Date();
  const scope = input.by === "attendee" ? { attendeeId: input.attendeeId } : { eventId: input.eventId };
  const reason = input.reason?.trim() || (input.by === "attendee" ? cancelledByAttendeeReason : cancelledByBoothReason);
  const order = await transitionOrderAnnounced(
    db,
    {
      orderId: input.orderId,
      from: cancellableBy[input.by],
      where: scope,
      data: { status: "CANCELLED", endedAt: now, endedBy: input.by, endReason: reason },
    },
    (tx, order) =>
      stageEvent(tx, "order/cancelled", { eventId: order.eventId, orderId: order.id, orderNumber: order.orderNumber, by: input.by, reason, cancelledAt: now.toISOString() }),
  );
  if (!order) {
    const current = await findOrderInScope(db, input.orderId, scope);
    if (input.by === "attendee" && current.status === "MAKING") {
      throw new ConflictError(`A barista is already making order #${current.orderNumber}, so it can no longer be cancelled.`, {
        code: "already-making",
        values: { number: current.orderNumber ?? "" },
      });
    }
    // The attendee's page says it in the event's language; the board keeps the sentence that names the barista.
    return explainRefusedTransition(db, input.orderId, scope, input.by === "attendee" ? { code: "order-moved-on" } : undefined);
  }
  return order;
}
