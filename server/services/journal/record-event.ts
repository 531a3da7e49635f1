import type { Db } from "../../db/client";
import { findEventDefinition } from "../../events/catalog";

export type ReceivedEvent = { id?: string; name: string; data?: Record<string, unknown>; ts?: number; v?: string };

/**
 * Appends an event to the journal as received, exactly once per event id (a retried or replayed step writes
 * nothing twice). Returns whether this call wrote it.
 */
export async function recordEvent(db: Db, event: ReceivedEvent): Promise<boolean> {
  if (!event.id) throw new Error(`event ${event.name} has no id and cannot be journalled once`);
  const definition = findEventDefinition(event.name);
  const data = event.data ?? {};
  const text = (value: unknown) => (typeof value === "string" ? value : null);
  const inserted = await db.$executeRaw`
    INSERT INTO "JournalEntry" (id, name, version, "occurredAt", "recordedAt", source, "eventId", "orderId", data)
    VALUES (${event.id}, ${event.name}, ${Number(event.v ?? definition?.version ?? 1)},
            ${new Date(event.ts ?? Date.now())}, now(), ${definition?.producer ?? "unknown"},
            ${text(data.eventId)}, ${text(data.orderId)}, ${JSON.stringify(data)}::jsonb)
    ON CONFLICT (id) DO NOTHING`;
  return inserted === 1;
}
