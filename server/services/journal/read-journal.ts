import type { Db } from "../../db/client";

const newestFirst = { occurredAt: "desc" } as const;

/** What happened at one conference event, newest first. */
export function readEventJournal(db: Db, eventId: string, limit = 200) {
  return db.journalEntry.findMany({ where: { eventId }, orderBy: [newestFirst, { recordedAt: "desc" }], take: limit });
}

/** One order's story, in the order it happened. */
export function readOrderJournal(db: Db, orderId: string) {
  return db.journalEntry.findMany({ where: { orderId }, orderBy: [{ occurredAt: "asc" }, { recordedAt: "asc" }] });
}
