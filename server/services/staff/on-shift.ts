/**
 * When a staff member counts as on shift. Their board or booth screen checks in on load and about once a minute
 * while it is visible (app/e/[slug]/use-staff-check-in.ts); two missed check-ins and they are off shift. The same
 * rule restarts a shift: a check-in after a longer gap begins a new one, so "since" is when this stretch began, not
 * when they first ever opened the board.
 */

export const checkInEveryMs = 60_000;
export const onShiftWithinMs = 2 * checkInEveryMs;

/** The earliest last check-in that still counts as on shift at `now`. */
export function onShiftCutoff(now: Date): Date {
  return new Date(now.getTime() - onShiftWithinMs);
}
