import { z } from "zod";
import type { Db } from "../../db/client";
import { onShiftCutoff } from "./on-shift";

export const staffScreen = z.enum(["BOARD", "DISPLAY"]);
export type StaffScreen = z.infer<typeof staffScreen>;

/**
 * Records that this person has this screen of this event open now: one upsert, so two check-ins racing (two tabs)
 * never make two rows, and the shift's start is decided in the same statement from the row as it is: kept while the
 * last check-in is recent enough to count as on shift, else this check-in begins a new shift.
 */
export async function checkIn(db: Db, input: { eventId: string; userId: string; screen: StaffScreen }, now = new Date()) {
  const at = now.toISOString();
  const gapStart = onShiftCutoff(now).toISOString();
  await db.$executeRaw`
    INSERT INTO "StaffPresence" ("eventId", "userId", screen, since, "lastSeenAt")
    VALUES (${input.eventId}, ${input.userId}, ${input.screen}::"StaffScreen", ${at}::timestamptz AT TIME ZONE 'UTC', ${at}::timestamptz AT TIME ZONE 'UTC')
    ON CONFLICT ("eventId", "userId", screen) DO UPDATE SET
      since = CASE WHEN "StaffPresence"."lastSeenAt" >= ${gapStart}::timestamptz AT TIME ZONE 'UTC' THEN "StaffPresence".since ELSE EXCLUDED.since END,
      "lastSeenAt" = GREATEST("StaffPresence"."lastSeenAt", EXCLUDED."lastSeenAt")`;
}

/**
 * Who has a board or booth screen of this event open now, by name, with when their shift began and when they were
 * last seen: people still on the event's staff only (someone removed drops off at once).
 */
export async function listOnShift(db: Db, eventId: string, now = new Date()) {
  const rows = await db.staffPresence.findMany({
    where: { eventId, lastSeenAt: { gte: onShiftCutoff(now) }, user: { staffOf: { some: { eventId } } } },
    include: { user: { select: { name: true } } },
    orderBy: [{ since: "asc" }, { screen: "asc" }],
  });
  return rows.map((row) => ({ userId: row.userId, name: row.user.name, screen: row.screen, since: row.since, lastSeenAt: row.lastSeenAt }));
}
