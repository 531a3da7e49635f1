/** How the organiser's figures read at a glance: durations in minutes and seconds, shares in whole percent. */

export function durationText(seconds: number | null): string {
  if (seconds === null) return "—";
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole} s`;
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, "0")} s`;
}

/** A step of the funnel as a share of its first step; nothing when the first step is zero. */
export function shareText(part: number, whole: number): string {
  return whole === 0 ? "" : `${Math.round((part / whole) * 100)}%`;
}
