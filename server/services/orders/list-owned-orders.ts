import type { Db } from "../../db/client";

/**
 * An attendee's latest orders and the events they are at, for the realtime policy: they may hear their own order
 * channels, and the queue of each event they ordered at.
 */
export async function listOwnedOrders(db: Db, attendeeId: string) {
  const rows = await db.order.findMany({ where: { attendeeId }, orderBy: { startedAt: "desc" }, take: 50, select: { id: true, eventId: true } });
  return { orderIds: rows.map((row) => row.id), eventIds: [...new Set(rows.map((row) => row.eventId))] };
}
