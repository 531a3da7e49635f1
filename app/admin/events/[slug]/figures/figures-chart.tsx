"use client";
import { useEffect, useRef } from "react";
import type { ChartSpec } from "./chart-specs";
import styles from "./figures.module.css";

/**
 * One chart of the figures page, drawn by Chart.js on a canvas whose accessible name is the chart's summary. The
 * library is imported when the chart first mounts (draw-chart.ts), so only the figures page loads it: the
 * attendee pages, the board and the display never do. A new spec (the page re-read live) redraws it.
 */
export function FiguresChart({ spec }: { spec: ChartSpec }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const key = JSON.stringify(spec);
  useEffect(() => {
    let destroy: (() => void) | undefined;
    let cancelled = false;
    void import("./draw-chart").then(({ drawChart }) => {
      if (!cancelled && canvas.current) destroy = drawChart(canvas.current, JSON.parse(key) as ChartSpec);
    });
    return () => {
      cancelled = true;
      destroy?.();
    };
  }, [key]);
  return (
    <div className={spec.across ? styles.chartAcross : styles.chart}>
      <canvas ref={canvas} role="img" aria-label={spec.summary}>
        {spec.summary}
      </canvas>
    </div>
  );
}
