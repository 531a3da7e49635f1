import type { Db } from "../../db/client";

/** The attendee's latest order that is still moving (choosing, queued, being made or ready), at any event; null if none. */
export async function findOpenOrder(db: Db, attendeeId: string) {
  return db.order.findFirst({
    where: { attendeeId, status: { in: ["STARTED", "QUEUED", "MAKING", "READY"] } },
    orderBy: { startedAt: "desc" },
    select: { id: true, eventId: true },
  });
}
