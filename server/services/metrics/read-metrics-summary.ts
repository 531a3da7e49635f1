import type { Db } from "../../db/client";
import { readHourlyTimes } from "./read-hourly-times";

/**
 * An event's figures for the organiser's dashboard, as SQL over the metrics rows (one per order, fold-order.ts).
 *
 * Two ways of counting, each stated where it is used:
 * - Hourly counts put each thing in the hour it happened, in the event's time zone (a drink started at 10:58 and
 *   picked up at 11:03 is started at 10:00 and picked up at 11:00), and a range keeps the things that happened in it.
 * - The funnel, the outcomes and the times follow orders: a range keeps the orders whose code was scanned in it
 *   (their first event), so every step of the funnel counts the same orders.
 */

export type MetricsRange = {
  eventId: string;
  /** The event's IANA time zone, from its settings: hours are local hours. */
  timeZone: string;
  /** Inclusive; leave out for the event's beginning. */
  from?: Date;
  /** Exclusive; leave out for now and later. */
  to?: Date;
};

/** Per local hour, how many of each happened. */
export const hourlyCounts = [
  "started",
  "accepted",
  "submitted",
  "queued",
  "made",
  "pickedUp",
  "timedOut",
  "cancelled",
  "cancelledByAttendee",
  "cancelledByBarista",
  "cancelledByOrganiser",
  "rejected",
  "redeemed",
  "drinksReturned",
] as const;
export type HourlyCount = (typeof hourlyCounts)[number];
export type HourlyRow = { hour: string; hourStart: Date } & Record<HourlyCount, number>;

export type Percentiles = { count: number; p50: number | null; p90: number | null };
export type Timing = { wait: Percentiles; make: Percentiles };

const beginning = new Date(0);
const endOfTime = new Date("9999-12-31T00:00:00.000Z");

const outcomes = ["STARTED", "QUEUED", "MAKING", "READY", "PICKED_UP", "CANCELLED", "TIMED_OUT", "REJECTED"] as const;

const tenths = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

export async function readMetricsSummary(db: Db, range: MetricsRange) {
  const { eventId, timeZone } = range;
  const from = (range.from ?? beginning).toISOString();
  const to = (range.to ?? endOfTime).toISOString();
  const [hourly, hourlyTimes, funnel, endings, timings, windows] = await Promise.all([
    readHourly(db, range),
    readHourlyTimes(db, range),
    db.$queryRaw<{ started: number; accepted: number; submitted: number; queued: number; made: number; pickedUp: number; recalls: number; releases: number }[]>`
      SELECT count(*)::int AS started, count("acceptedAt")::int AS accepted, count("submittedAt")::int AS submitted,
             count("queuedAt")::int AS queued, count("completedAt")::int AS made, count("pickedUpAt")::int AS "pickedUp",
             coalesce(sum(recalls), 0)::int AS recalls, coalesce(sum(releases), 0)::int AS releases
      FROM "OrderMetric"
      WHERE "eventId" = ${eventId} AND "firstAt" >= ${from}::timestamptz AT TIME ZONE 'UTC' AND "firstAt" < ${to}::timestamptz AT TIME ZONE 'UTC'`,
    db.$queryRaw<{ outcome: string; endedBy: string | null; endReason: string | null; count: number }[]>`
      SELECT outcome, "endedBy", "endReason", count(*)::int AS count
      FROM "OrderMetric"
      WHERE "eventId" = ${eventId} AND "firstAt" >= ${from}::timestamptz AT TIME ZONE 'UTC' AND "firstAt" < ${to}::timestamptz AT TIME ZONE 'UTC'
      GROUP BY outcome, "endedBy", "endReason"
      ORDER BY count DESC, outcome, "endedBy", "endReason"`,
    db.$queryRaw<
      { scope: "overall" | "drink" | "barista"; drink: string | null; barista: string | null; orders: number; waits: number; waitP50: number | null; waitP90: number | null; makes: number; makeP50: number | null; makeP90: number | null }[]
    >`
      SELECT CASE WHEN GROUPING("drinkName") = 0 THEN 'drink' WHEN GROUPING("baristaId") = 0 THEN 'barista' ELSE 'overall' END AS scope,
             "drinkName" AS drink, max("baristaName") AS barista, count(*)::int AS orders,
             count("waitSeconds")::int AS waits,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY "waitSeconds") AS "waitP50",
             percentile_cont(0.9) WITHIN GROUP (ORDER BY "waitSeconds") AS "waitP90",
             count("makeSeconds")::int AS makes,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY "makeSeconds") AS "makeP50",
             percentile_cont(0.9) WITHIN GROUP (ORDER BY "makeSeconds") AS "makeP90"
      FROM "OrderMetric"
      WHERE "eventId" = ${eventId} AND "completedAt" IS NOT NULL
        AND "firstAt" >= ${from}::timestamptz AT TIME ZONE 'UTC' AND "firstAt" < ${to}::timestamptz AT TIME ZONE 'UTC'
      GROUP BY GROUPING SETS ((), ("drinkName"), ("baristaId"))
      ORDER BY scope, orders DESC, drink, barista`,
    db.$queryRaw<{ firstRedeemedAt: Date; lastRedeemedAt: Date; redeemed: number; returned: number }[]>`
      SELECT min("redeemedAt") AT TIME ZONE 'UTC' AS "firstRedeemedAt", max("redeemedAt") AT TIME ZONE 'UTC' AS "lastRedeemedAt",
             count(*)::int AS redeemed, count("drinkReturnedAt")::int AS returned
      FROM "OrderMetric"
      WHERE "eventId" = ${eventId} AND "redeemedAt" >= ${from}::timestamptz AT TIME ZONE 'UTC' AND "redeemedAt" < ${to}::timestamptz AT TIME ZONE 'UTC'
      GROUP BY "qrWindowId"
      ORDER BY 1`,
  ]);

  const timing = (row: (typeof timings)[number]): Timing & { orders: number } => ({
    orders: row.orders,
    wait: { count: row.waits, p50: tenths(row.waitP50), p90: tenths(row.waitP90) },
    make: { count: row.makes, p50: tenths(row.makeP50), p90: tenths(row.makeP90) },
  });
  const none: Percentiles = { count: 0, p50: null, p90: null };
  const overall = timings.find((row) => row.scope === "overall");
  const countOf = (outcome: string, endedBy?: string) =>
    endings.filter((e) => e.outcome === outcome && (endedBy === undefined || e.endedBy === endedBy)).reduce((sum, e) => sum + e.count, 0);
  const reasonsOf = (outcome: string) => endings.filter((e) => e.outcome === outcome).map((e) => ({ by: e.endedBy, reason: e.endReason ?? "", count: e.count }));
  const { recalls, releases, ...steps } = funnel[0]!;

  return {
    timeZone,
    funnel: steps,
    outcomes: Object.fromEntries(outcomes.map((outcome) => [outcome, countOf(outcome)])) as Record<(typeof outcomes)[number], number>,
    cancelled: {
      byWho: { attendee: countOf("CANCELLED", "attendee"), barista: countOf("CANCELLED", "barista"), organiser: countOf("CANCELLED", "organiser") },
      byReason: reasonsOf("CANCELLED").map((e) => ({ by: e.by ?? "", reason: e.reason, count: e.count })),
    },
    timedOut: { submit: reasonsOf("TIMED_OUT").find((e) => e.reason === "submit")?.count ?? 0, barista: reasonsOf("TIMED_OUT").find((e) => e.reason === "barista")?.count ?? 0 },
    rejected: reasonsOf("REJECTED").map(({ reason, count }) => ({ reason, count })),
    recalls,
    releases,
    times: {
      overall: overall ? timing(overall) : { orders: 0, wait: none, make: none },
      byDrink: timings.filter((row) => row.scope === "drink").map((row) => ({ drink: row.drink ?? "", ...timing(row) })),
      byBarista: timings.filter((row) => row.scope === "barista").map((row) => ({ barista: row.barista ?? "", ...timing(row) })),
    },
    qrWindows: windows,
    hourly,
    hourlyTimes,
  };
}

export type MetricsSummary = Awaited<ReturnType<typeof readMetricsSummary>>;

/** Each thing counted in the local hour it happened in; hours where nothing happened are left out. */
export async function readHourly(db: Db, range: MetricsRange): Promise<HourlyRow[]> {
  const { eventId, timeZone } = range;
  const from = (range.from ?? beginning).toISOString();
  const to = (range.to ?? endOfTime).toISOString();
  const counted = await db.$queryRaw<{ hour: string; hourStart: Date; kind: HourlyCount; count: number }[]>`
    SELECT to_char(local_hour, 'YYYY-MM-DD"T"HH24:00') AS hour, local_hour AT TIME ZONE ${timeZone} AS "hourStart", kind, count(*)::int AS count
    FROM (
      SELECT date_trunc('hour', (happened.at AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone}) AS local_hour, happened.kind
      FROM "OrderMetric" o
      CROSS JOIN LATERAL (VALUES
        ('started', o."startedAt"), ('accepted', o."acceptedAt"), ('submitted', o."submittedAt"), ('queued', o."queuedAt"),
        ('made', o."completedAt"), ('pickedUp', o."pickedUpAt"), ('redeemed', o."redeemedAt"), ('drinksReturned', o."drinkReturnedAt"),
        ('timedOut', CASE WHEN o.outcome = 'TIMED_OUT' THEN o."endedAt" END),
        ('rejected', CASE WHEN o.outcome = 'REJECTED' THEN o."endedAt" END),
        ('cancelled', CASE WHEN o.outcome = 'CANCELLED' THEN o."endedAt" END),
        ('cancelledByAttendee', CASE WHEN o.outcome = 'CANCELLED' AND o."endedBy" = 'attendee' THEN o."endedAt" END),
        ('cancelledByBarista', CASE WHEN o.outcome = 'CANCELLED' AND o."endedBy" = 'barista' THEN o."endedAt" END),
        ('cancelledByOrganiser', CASE WHEN o.outcome = 'CANCELLED' AND o."endedBy" = 'organiser' THEN o."endedAt" END)
      ) AS happened(kind, at)
      WHERE o."eventId" = ${eventId} AND happened.at >= ${from}::timestamptz AT TIME ZONE 'UTC' AND happened.at < ${to}::timestamptz AT TIME ZONE 'UTC'
    ) AS events
    GROUP BY local_hour, kind
    ORDER BY local_hour`;
  const rows = new Map<string, HourlyRow>();
  for (const { hour, hourStart, kind, count } of counted) {
    let row = rows.get(hour);
    if (!row) rows.set(hour, (row = { hour, hourStart, ...(Object.fromEntries(hourlyCounts.map((k) => [k, 0])) as Record<HourlyCount, number>) }));
    row[kind] = count;
  }
  return [...rows.values()];
}
