import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from "chart.js";
import type { ChartSpec } from "./chart-specs";

// Only the pieces these charts use, so the page's chart chunk carries no pie, radar or time scale code.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

const axisTitles = { orders: "Orders", seconds: "Seconds", minutes: "Minutes" } as const;

/**
 * Draws a spec on a canvas; returns what takes it down. No animation: a booth lead glances at the numbers, and a
 * live page redraws often. Counts have whole-number ticks; a chart of one series needs no legend.
 */
export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec): () => void {
  const valueAxis = {
    beginAtZero: true,
    title: { display: true, text: axisTitles[spec.unit] },
    ticks: spec.unit === "orders" ? { precision: 0 } : {},
  };
  const chart = new Chart(canvas, {
    type: spec.kind,
    data: {
      labels: spec.labels,
      datasets: spec.series.map((series) => ({
        label: series.label,
        data: series.data,
        backgroundColor: series.colour,
        borderColor: series.colour,
        borderDash: series.dashed ? [6, 4] : [],
        borderWidth: spec.kind === "line" ? 3 : 0,
        pointRadius: spec.kind === "line" ? 4 : 0,
        spanGaps: true,
      })),
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      responsive: true,
      indexAxis: spec.across ? "y" : "x",
      plugins: { legend: { display: spec.series.length > 1, position: "bottom" } },
      scales: spec.across ? { x: valueAxis } : { y: valueAxis },
    },
  });
  return () => chart.destroy();
}
