/**
 * An event's local calendar day: order numbers restart and daily limits reset at local midnight in the event's
 * own time zone, wherever the server runs.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string) {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The local date as YYYY-MM-DD. */
export function localDay(at: Date, timeZone: string): string {
  return formatterFor(timeZone).format(at);
}

/** The first instant of the next local day (to the minute; time zones change on whole minutes). */
export function nextLocalMidnight(at: Date, timeZone: string): Date {
  const today = localDay(at, timeZone);
  // Jump ahead by whole hours until the day changes, then step back by minutes to its first minute.
  let probe = new Date(Math.floor(at.getTime() / 60_000) * 60_000);
  while (localDay(probe, timeZone) === today) probe = new Date(probe.getTime() + 3_600_000);
  while (localDay(new Date(probe.getTime() - 60_000), timeZone) !== today) probe = new Date(probe.getTime() - 60_000);
  return probe;
}

/** The first instant of a local day given as YYYY-MM-DD (also in the zones furthest from UTC). */
export function localDayStart(day: string, timeZone: string): Date {
  // Noon UTC of that date is within a day of it everywhere: step back to a day before it, then forward by midnights.
  let probe = new Date(`${day}T12:00:00Z`);
  while (localDay(probe, timeZone) >= day) probe = new Date(probe.getTime() - 6 * 3_600_000);
  let start = nextLocalMidnight(probe, timeZone);
  while (localDay(start, timeZone) < day) start = nextLocalMidnight(start, timeZone);
  return start;
}

/** A local day as an interval: its first instant (inclusive) to the next day's first (exclusive), 23 to 25 hours long. */
export function localDayBounds(day: string, timeZone: string): { from: Date; to: Date } {
  const from = localDayStart(day, timeZone);
  // Noon of the next local day, whatever the clocks do in between.
  const next = localDay(new Date(from.getTime() + 36 * 3_600_000), timeZone);
  return { from, to: localDayStart(next, timeZone) };
}
