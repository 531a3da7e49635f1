/** The arithmetic every benchmark prints its figures with: nearest-rank percentiles, one decimal. */

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
};

export const round = (n: number) => Math.round(n * 10) / 10;

/** Count, median, p95 and p99 of a list of timings (ms). */
export const stats = (values: number[]) => ({
  n: values.length,
  p50: round(percentile(values, 50)),
  p95: round(percentile(values, 95)),
  p99: round(percentile(values, 99)),
});
