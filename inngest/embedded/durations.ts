/** Inngest time strings ("3s", "1m30s", "2h", "1w") and the ISO dates `sleepUntil` sends, in milliseconds. */

const units: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

export function parseDuration(text: string): number | null {
  const trimmed = text.trim();
  if (!/^(\d+(\.\d+)?(ms|s|m|h|d|w))+$/.test(trimmed)) return null;
  let total = 0;
  for (const [, amount, unit] of trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g)) total += Number(amount) * units[unit!]!;
  return total;
}

/** When a sleep named `text` ends, counted from `now`: a duration, or an absolute ISO date. */
export function wakeTimeFor(text: string, now: number): number | null {
  const duration = parseDuration(text);
  if (duration !== null) return now + duration;
  const date = Date.parse(text);
  return Number.isNaN(date) ? null : date;
}
