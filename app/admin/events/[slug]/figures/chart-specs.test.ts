import { describe, expect, it } from "vitest";
import { funnelChart, outcomesByHourChart, timesByHourChart } from "./chart-specs";

const hour = (hour: string, counts: Partial<Record<"made" | "pickedUp" | "cancelled" | "timedOut", number>>) => ({
  hour: `2026-12-02T${hour}`,
  hourStart: new Date(`2026-12-02T${hour}:00Z`),
  started: 0, accepted: 0, submitted: 0, queued: 0, made: 0, pickedUp: 0, timedOut: 0, cancelled: 0,
  cancelledByAttendee: 0, cancelledByBarista: 0, cancelledByOrganiser: 0, rejected: 0, redeemed: 0, drinksReturned: 0,
  ...counts,
});

describe("the orders-per-hour chart", () => {
  it("draws made, picked up, cancelled and timed out per hour, and says the totals and the busiest hour", () => {
    const chart = outcomesByHourChart([hour("09:00", { made: 2, pickedUp: 1 }), hour("10:00", { made: 5, pickedUp: 4, cancelled: 2, timedOut: 1 })])!;
    expect(chart.labels).toEqual(["09:00", "10:00"]);
    expect(chart.series.map((series) => [series.label, series.data])).toEqual([
      ["Made", [2, 5]],
      ["Picked up", [1, 4]],
      ["Cancelled", [0, 2]],
      ["Timed out", [0, 1]],
    ]);
    expect(chart.summary).toBe("Orders per hour from 09:00 to 10:00: 7 made, 5 picked up, 2 cancelled, 1 timed out. The busiest hour was 10:00, with 5 made.");
  });

  it("names no busiest hour before a drink is made, and is not drawn when nothing happened", () => {
    expect(outcomesByHourChart([hour("09:00", { cancelled: 1 })])!.summary).toBe("Orders per hour at 09:00: 0 made, 0 picked up, 1 cancelled, 0 timed out.");
    expect(outcomesByHourChart([])).toBeNull();
  });
});

describe("the waiting-and-making chart", () => {
  it("draws typical and 9-in-10 times in minutes once any takes two minutes, and names the hour of the longest waits", () => {
    const chart = timesByHourChart([
      { hour: "2026-12-02T09:00", made: 2, wait: { p50: 109, p90: 133 }, make: { p50: 90, p90: 114 } },
      { hour: "2026-12-02T10:00", made: 1, wait: { p50: 74, p90: 74 }, make: { p50: 50, p90: null } },
    ])!;
    expect(chart.unit).toBe("minutes");
    expect(chart.series.map((series) => series.data)).toEqual([
      [1.8, 1.2],
      [2.2, 1.2],
      [1.5, 0.8],
      [1.9, null],
    ]);
    expect(chart.summary).toBe(
      "Waiting and making times per hour from 09:00 to 10:00. The longest waits were at 09:00: typically 1 min 49 s, 9 in 10 within 2 min 13 s; making took typically 1 min 30 s then.",
    );
    expect(timesByHourChart([])).toBeNull();
  });

  it("draws times in whole seconds while every one is under two minutes", () => {
    const chart = timesByHourChart([{ hour: "2026-12-02T09:00", made: 1, wait: { p50: 3.4, p90: 119.4 }, make: { p50: 1, p90: 1.6 } }])!;
    expect(chart.unit).toBe("seconds");
    expect(chart.series.map((series) => series.data)).toEqual([[3], [119], [1], [2]]);
  });
});

describe("the funnel chart", () => {
  it("draws each step's orders and says each as a share of the scans", () => {
    const chart = funnelChart({ started: 10, accepted: 9, submitted: 8, queued: 8, made: 6, pickedUp: 5 })!;
    expect(chart.labels).toEqual(["Scanned", "Chose a drink", "Made", "Picked up"]);
    expect(chart.series[0]!.data).toEqual([10, 8, 6, 5]);
    expect(chart.summary).toBe("From scan to pick-up: 10 scanned, 8 chose a drink (80%), 6 made (60%), 5 picked up (50%).");
    expect(funnelChart({ started: 0, accepted: 0, submitted: 0, queued: 0, made: 0, pickedUp: 0 })).toBeNull();
  });
});
