import type { Db } from "../../db/client";

/** The ids of an attendee's orders, for the realtime policy (they may hear their own order channels). */
export async function listOwnedOrderIds(db: Db, attendeeId: string) {
  const rows = await db.order.findMany({ where: { attendeeId }, orderBy: { startedAt: "desc" }, take: 50, select: { id: true } });
  return rows.map((row) => row.id);
}
