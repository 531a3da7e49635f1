// Reads a journal exported as JSON lines (…/journal.jsonl): every line must be a catalogued event whose data
// matches its schema, and all must belong to one conference event; the first line that is not says so by number.
import { validateEvent } from "../../server/events/validate-event";

export type JournalLine = { line: number; name: string; ts: number | null; data: Record<string, unknown> };

export class JournalFileError extends Error {}

export function readJournalLines(text: string): JournalLine[] {
  const lines: JournalLine[] = [];
  let eventId: unknown;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === "") return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (error) {
      throw new JournalFileError(`line ${line} is not JSON: ${(error as Error).message}`);
    }
    if (typeof parsed !== "object" || parsed === null || typeof (parsed as { name?: unknown }).name !== "string") {
      throw new JournalFileError(`line ${line} is not an event: it needs a "name" and its "data"`);
    }
    const event = parsed as { name: string; data?: unknown; ts?: unknown };
    const check = validateEvent(event.name, event.data ?? {});
    if (!check.ok) throw new JournalFileError(`line ${line}: ${check.errors.join("\n")}`);
    if (event.ts !== undefined && (typeof event.ts !== "number" || !Number.isFinite(event.ts))) {
      throw new JournalFileError(`line ${line}: "ts" must be a time in milliseconds`);
    }
    if (check.data.eventId !== undefined) {
      eventId ??= check.data.eventId;
      if (check.data.eventId !== eventId) throw new JournalFileError(`line ${line} belongs to another event (${String(check.data.eventId)}) than the lines before it (${String(eventId)}): replay one event's day at a time`);
    }
    lines.push({ line, name: event.name, ts: (event.ts as number | undefined) ?? null, data: check.data });
  });
  if (lines.length === 0) throw new JournalFileError("the file holds no events");
  return lines;
}
