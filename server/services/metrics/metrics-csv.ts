import type { Db } from "../../db/client";
import { localDayBounds } from "../../shared/local-day";
import { hourlyCounts, readHourly } from "./read-metrics-summary";

/** One local day of an event as CSV for a spreadsheet: times in the event's zone, one header row. */
export type DayOfEvent = { eventId: string; timeZone: string; day: string };

type Cell = string | number | null;

/** A cell as text; a string a spreadsheet would run as a formula (a barista's reason "=cmd…") stays text. */
function csvCell(value: Cell): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const toCsv = (rows: Cell[][]) => rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";

const dayBounds = ({ timeZone, day }: DayOfEvent) => localDayBounds(day, timeZone);

/** Every local hour of the day in order (23 or 25 of them on a day the clocks change), as "YYYY-MM-DDTHH:00". */
function hoursOf(from: Date, to: Date, timeZone: string): string[] {
  const format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", hourCycle: "h23" });
  const labels = new Set<string>();
  for (let at = from.getTime(); at < to.getTime(); at += 3_600_000) {
    const part = (type: string) => format.formatToParts(new Date(at)).find((p) => p.type === type)!.value;
    labels.add(`${part("year")}-${part("month")}-${part("day")}T${part("hour")}:00`);
  }
  return [...labels];
}

/** The day's hourly counts (readHourly), every hour of it listed, quiet ones as zeros. */
export async function hourlyCsv(db: Db, input: DayOfEvent): Promise<string> {
  const { from, to } = dayBounds(input);
  const counted = new Map((await readHourly(db, { ...input, from, to })).map((row) => [row.hour, row]));
  const rows = hoursOf(from, to, input.timeZone).map((hour) => {
    const row = counted.get(hour);
    return [hour.replace("T", " "), ...hourlyCounts.map((count) => row?.[count] ?? 0)];
  });
  return toCsv([["hour", ...hourlyCounts], ...rows]);
}

const orderColumns = [
  "number",
  "scanned",
  "drink",
  "station",
  "barista",
  "outcome",
  "endedBy",
  "endReason",
  "queued",
  "ready",
  "pickedUp",
  "waitSeconds",
  "makeSeconds",
  "recalls",
  "releases",
] as const;

/** One row per order scanned on the day, oldest first, times local. */
export async function ordersCsv(db: Db, input: DayOfEvent): Promise<string> {
  const { from, to } = dayBounds(input);
  const local = "YYYY-MM-DD HH24:MI:SS";
  const rows = await db.$queryRaw<Record<(typeof orderColumns)[number], Cell>[]>`
    SELECT "orderNumber" AS number,
           to_char(("firstAt" AT TIME ZONE 'UTC') AT TIME ZONE ${input.timeZone}, ${local}) AS scanned,
           "drinkName" AS drink, station, "baristaName" AS barista, outcome, "endedBy", "endReason",
           to_char(("queuedAt" AT TIME ZONE 'UTC') AT TIME ZONE ${input.timeZone}, ${local}) AS queued,
           to_char(("completedAt" AT TIME ZONE 'UTC') AT TIME ZONE ${input.timeZone}, ${local}) AS ready,
           to_char(("pickedUpAt" AT TIME ZONE 'UTC') AT TIME ZONE ${input.timeZone}, ${local}) AS "pickedUp",
           "waitSeconds", "makeSeconds", recalls, releases
    FROM "OrderMetric"
    WHERE "eventId" = ${input.eventId}
      AND "firstAt" >= ${from.toISOString()}::timestamptz AT TIME ZONE 'UTC' AND "firstAt" < ${to.toISOString()}::timestamptz AT TIME ZONE 'UTC'
    ORDER BY "firstAt", "orderId"`;
  return toCsv([[...orderColumns], ...rows.map((row) => orderColumns.map((column) => row[column]))]);
}
