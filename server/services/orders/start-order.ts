import type { Db } from "../../db/client";
import { sendEvent } from "../../events/send-event";
import { localDay } from "../../shared/local-day";

/**
 * Records an order the moment its code is redeemed and starts its workflow with `order/started`; the workflow
 * then checks the booth's rules and opens the attendee's submit window.
 */
export async function recordStartedOrder(
  db: Db,
  input: { orderId: string; eventId: string; timeZone: string; attendeeId: string; attendeeName: string; qrWindowId: string; now?: Date },
) {
  const now = input.now ?? new Date();
  const order = await db.order.create({
    data: {
      id: input.orderId,
      eventId: input.eventId,
      attendeeId: input.attendeeId,
      attendeeName: input.attendeeName,
      qrWindowId: input.qrWindowId,
      day: localDay(now, input.timeZone),
      startedAt: now,
    },
  });
  await sendEvent("order/started", {
    eventId: order.eventId,
    orderId: order.id,
    attendeeId: order.attendeeId,
    attendeeName: order.attendeeName,
    qrWindowId: order.qrWindowId,
    startedAt: now.toISOString(),
  });
  return order;
}
