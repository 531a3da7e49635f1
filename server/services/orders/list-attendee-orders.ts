import type { Db } from "../../db/client";

/** The attendee's list of their orders at one event, newest first. */
export async function listAttendeeOrders(db: Db, input: { eventId: string; attendeeId: string }) {
  const rows = await db.order.findMany({
    where: { eventId: input.eventId, attendeeId: input.attendeeId },
    orderBy: { startedAt: "desc" },
    take: 30,
    select: { id: true, status: true, orderNumber: true, drinkName: true, startedAt: true, endReason: true },
  });
  return rows;
}
