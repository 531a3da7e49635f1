import type { Db } from "../../db/client";
import type { MetricsRange } from "./read-metrics-summary";

const beginning = new Date(0);
const endOfTime = new Date("9999-12-31T00:00:00.000Z");
const tenths = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/**
 * How long people waited and drinks took, hour by hour: each drink counts in the local hour it was ready (like
 * `made` in the hourly counts), with the typical (p50) and 9-in-10 (p90) wait, queued to ready, and making time.
 * Hours with no drink ready are left out.
 */
export async function readHourlyTimes(db: Db, range: MetricsRange) {
  const { eventId, timeZone } = range;
  const from = (range.from ?? beginning).toISOString();
  const to = (range.to ?? endOfTime).toISOString();
  const rows = await db.$queryRaw<{ hour: string; made: number; waitP50: number | null; waitP90: number | null; makeP50: number | null; makeP90: number | null }[]>`
    SELECT to_char(local_hour, 'YYYY-MM-DD"T"HH24:00') AS hour, count(*)::int AS made,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY "waitSeconds") AS "waitP50",
           percentile_cont(0.9) WITHIN GROUP (ORDER BY "waitSeconds") AS "waitP90",
           percentile_cont(0.5) WITHIN GROUP (ORDER BY "makeSeconds") AS "makeP50",
           percentile_cont(0.9) WITHIN GROUP (ORDER BY "makeSeconds") AS "makeP90"
    FROM (
      SELECT date_trunc('hour', ("completedAt" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone}) AS local_hour, "waitSeconds", "makeSeconds"
      FROM "OrderMetric"
      WHERE "eventId" = ${eventId} AND "completedAt" >= ${from}::timestamptz AT TIME ZONE 'UTC' AND "completedAt" < ${to}::timestamptz AT TIME ZONE 'UTC'
    ) AS ready
    GROUP BY local_hour
    ORDER BY local_hour`;
  return rows.map((row) => ({
    hour: row.hour,
    made: row.made,
    wait: { p50: tenths(row.waitP50), p90: tenths(row.waitP90) },
    make: { p50: tenths(row.makeP50), p90: tenths(row.makeP90) },
  }));
}

export type HourlyTimes = Awaited<ReturnType<typeof readHourlyTimes>>;
