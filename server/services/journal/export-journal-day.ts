import type { Db } from "../../db/client";
import { localDayBounds } from "../../shared/local-day";

/** One local day of one conference event, in its own time zone. */
export type JournalDay = { eventId: string; timeZone: string; day: string };

/**
 * A day's journal of one event as JSON lines, oldest first: each line an event as an event injector takes it
 * (`{ id, name, v, ts, data }`, ts in milliseconds), so the replay tool and `events:send` read the same shape.
 * The day runs from local midnight to the next, in the event's zone: 23 or 25 hours on a day the clocks change.
 */
export async function exportJournalDay(db: Db, { eventId, timeZone, day }: JournalDay): Promise<string> {
  const { from, to } = localDayBounds(day, timeZone);
  const entries = await db.journalEntry.findMany({
    where: { eventId, occurredAt: { gte: from, lt: to } },
    orderBy: [{ occurredAt: "asc" }, { recordedAt: "asc" }, { id: "asc" }],
  });
  return entries.map((entry) => `${JSON.stringify({ id: entry.id, name: entry.name, v: String(entry.version), ts: entry.occurredAt.getTime(), data: entry.data })}\n`).join("");
}
