import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/trpc/root";
import { durationText, shareText } from "./figure-format";

/**
 * The figures page's charts as plain data: what each draws and the sentence that says it for a screen reader
 * (the chart's accessible name; the tables below stay the full accessible version). Built on the server from the
 * metrics summary and handed to the client's chart (figures-chart.tsx), so the words are tested here, apart from
 * the drawing.
 */

type Summary = inferRouterOutputs<AppRouter>["admin"]["metrics"]["summary"];

export type ChartSeries = { label: string; data: (number | null)[]; colour: string; dashed?: boolean };
export type ChartSpec = {
  kind: "bar" | "line";
  /** Bars across rather than up: the funnel reads as steps from top to bottom. */
  across?: boolean;
  labels: string[];
  series: ChartSeries[];
  /** What the value axis counts. */
  unit: "orders" | "seconds" | "minutes";
  /** The chart in one or two sentences: its accessible name. */
  summary: string;
};

const colours = { made: "#0b7285", pickedUp: "#2b8a3e", cancelled: "#d9480f", timedOut: "#6c757d", wait: "#0b7285", make: "#9c36b5" };

/** "2026-12-02T09:00" as the hour a booth lead reads: "09:00". */
const hourOf = (hour: string) => hour.slice(11);
const span = (hours: string[]) => (hours.length === 1 ? `at ${hours[0]}` : `from ${hours[0]} to ${hours.at(-1)}`);
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
/** Times under two minutes read best in whole seconds, longer ones in minutes to a tenth. */
function timeScale(longest: number): { unit: "seconds" | "minutes"; value: (seconds: number | null) => number | null } {
  if (longest < 120) return { unit: "seconds", value: (seconds) => (seconds === null ? null : Math.round(seconds)) };
  return { unit: "minutes", value: (seconds) => (seconds === null ? null : Math.round((seconds / 60) * 10) / 10) };
}

/** Made, picked up, cancelled and timed out, each in the hour it happened. */
export function outcomesByHourChart(hourly: Summary["hourly"]): ChartSpec | null {
  if (hourly.length === 0) return null;
  const labels = hourly.map((row) => hourOf(row.hour));
  const busiest = hourly.reduce((best, row) => (row.made > best.made ? row : best), hourly[0]!);
  const totals = { made: sum(hourly.map((row) => row.made)), pickedUp: sum(hourly.map((row) => row.pickedUp)), cancelled: sum(hourly.map((row) => row.cancelled)), timedOut: sum(hourly.map((row) => row.timedOut)) };
  const busiestText = busiest.made > 0 ? ` The busiest hour was ${hourOf(busiest.hour)}, with ${busiest.made} made.` : "";
  return {
    kind: "bar",
    labels,
    unit: "orders",
    series: [
      { label: "Made", data: hourly.map((row) => row.made), colour: colours.made },
      { label: "Picked up", data: hourly.map((row) => row.pickedUp), colour: colours.pickedUp },
      { label: "Cancelled", data: hourly.map((row) => row.cancelled), colour: colours.cancelled },
      { label: "Timed out", data: hourly.map((row) => row.timedOut), colour: colours.timedOut },
    ],
    summary:
      `Orders per hour ${span(labels)}: ${totals.made} made, ${totals.pickedUp} picked up, ${totals.cancelled} cancelled, ${totals.timedOut} timed out.` +
      busiestText,
  };
}

/** Typical and 9-in-10 wait and making times, in the hour the drinks were ready: in seconds or minutes (timeScale). */
export function timesByHourChart(hourlyTimes: Summary["hourlyTimes"]): ChartSpec | null {
  if (hourlyTimes.length === 0) return null;
  const labels = hourlyTimes.map((row) => hourOf(row.hour));
  const longest = hourlyTimes.reduce((worst, row) => ((row.wait.p90 ?? 0) > (worst.wait.p90 ?? 0) ? row : worst), hourlyTimes[0]!);
  const { unit, value: inUnit } = timeScale(Math.max(...hourlyTimes.flatMap((row) => [row.wait.p90 ?? 0, row.make.p90 ?? 0])));
  return {
    kind: "line",
    labels,
    unit,
    series: [
      { label: "Typical wait", data: hourlyTimes.map((row) => inUnit(row.wait.p50)), colour: colours.wait },
      { label: "9 in 10 waited within", data: hourlyTimes.map((row) => inUnit(row.wait.p90)), colour: colours.wait, dashed: true },
      { label: "Typical making", data: hourlyTimes.map((row) => inUnit(row.make.p50)), colour: colours.make },
      { label: "9 in 10 made within", data: hourlyTimes.map((row) => inUnit(row.make.p90)), colour: colours.make, dashed: true },
    ],
    summary:
      `Waiting and making times per hour ${span(labels)}. The longest waits were at ${hourOf(longest.hour)}: typically ${durationText(longest.wait.p50)}, ` +
      `9 in 10 within ${durationText(longest.wait.p90)}; making took typically ${durationText(longest.make.p50)} then.`,
  };
}

/** The funnel's steps with their words, shared by the chart and the page's list. */
export const funnelSteps = [
  ["started", "Scanned"],
  ["submitted", "Chose a drink"],
  ["made", "Made"],
  ["pickedUp", "Picked up"],
] as const;

/** From scan to pick-up: how many orders reached each step. */
export function funnelChart(funnel: Summary["funnel"]): ChartSpec | null {
  if (funnel.started === 0) return null;
  const steps = funnelSteps.map(([key, label]) => ({ label, count: funnel[key] }));
  return {
    kind: "bar",
    across: true,
    labels: steps.map((step) => step.label),
    unit: "orders",
    series: [{ label: "Orders", data: steps.map((step) => step.count), colour: colours.made }],
    summary: `From scan to pick-up: ${steps
      .map((step, index) => `${step.count} ${step.label.toLowerCase()}${index === 0 ? "" : ` (${shareText(step.count, funnel.started)})`}`)
      .join(", ")}.`,
  };
}
