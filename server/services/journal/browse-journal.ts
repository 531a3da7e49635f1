import type { Db } from "../../db/client";
import type { Prisma } from "../../generated/prisma/client";

/**
 * The journal browser's query: entries newest first, filtered by conference event, orders, event name and a time
 * range, a page at a time. Paging is by cursor (the last entry's time and id), not offset, so entries recorded
 * while someone reads never shift a page or show twice.
 */

export type JournalFilter = {
  eventId?: string;
  /** Entries of any of these orders (an order number resolves to one order per day). */
  orderIds?: string[];
  name?: string;
  from?: Date;
  /** Exclusive. */
  to?: Date;
};

export type JournalPage<Entry> = { entries: Entry[]; nextCursor: string | null };

type Cursor = { occurredAt: Date; id: string };

export function encodeCursor(cursor: Cursor) {
  return Buffer.from(JSON.stringify([cursor.occurredAt.toISOString(), cursor.id])).toString("base64url");
}

/** A cursor this code did not make reads as none: the first page. */
export function decodeCursor(cursor: string | undefined): Cursor | null {
  if (!cursor) return null;
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    const occurredAt = new Date(String(at));
    if (typeof id !== "string" || Number.isNaN(occurredAt.getTime())) return null;
    return { occurredAt, id };
  } catch {
    return null;
  }
}

export async function browseJournal(db: Db, filter: JournalFilter, page: { cursor?: string; limit: number }) {
  const after = decodeCursor(page.cursor);
  const where: Prisma.JournalEntryWhereInput = {
    eventId: filter.eventId,
    orderId: filter.orderIds ? { in: filter.orderIds } : undefined,
    name: filter.name,
    occurredAt: filter.from || filter.to ? { gte: filter.from, lt: filter.to } : undefined,
    AND: after ? [{ OR: [{ occurredAt: { lt: after.occurredAt } }, { occurredAt: after.occurredAt, id: { lt: after.id } }] }] : [],
  };
  // One more than a page says whether another follows.
  const rows = await db.journalEntry.findMany({ where, orderBy: [{ occurredAt: "desc" }, { id: "desc" }], take: page.limit + 1 });
  const entries = rows.slice(0, page.limit);
  const last = entries.at(-1);
  return { entries, nextCursor: rows.length > page.limit && last ? encodeCursor(last) : null };
}
