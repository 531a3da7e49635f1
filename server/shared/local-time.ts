/**
 * A wall-clock time in a time zone ("2026-12-02T09:30" in Europe/Lisbon) as the instant it names: the journal's
 * filters are typed in the event's own zone, wherever the organiser's browser is.
 */

function offsetMs(at: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/** "YYYY-MM-DDTHH:mm" (what an <input type="datetime-local"> sends) in `timeZone`; null when it is not one. */
export function localTimeToInstant(local: string, timeZone: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/.test(local)) return null;
  const wall = Date.parse(`${local}Z`);
  if (Number.isNaN(wall)) return null;
  // The zone's offset at the wall time is a first guess; the offset at that guess settles it (a change of clocks
  // in between moves it once).
  const guess = wall - offsetMs(new Date(wall), timeZone);
  return new Date(wall - offsetMs(new Date(guess), timeZone));
}
