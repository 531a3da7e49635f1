// Benchmark of the embedded executor (figures, not a test): per-step overhead of a 10-step function driven
// through the SDK's HTTP protocol beside the same steps called directly, and completed runs per second for
// 200 concurrent runs that each wait for an event. Prints JSON, then a summary. Usage: npm run bench:engine
import { createObservations, startHarness } from "../inngest/embedded/testing/harness";

const STEPS = 10;
const SEQUENTIAL_RUNS = 30;
const CONCURRENT_RUNS = Number(process.env.BENCH_CONCURRENT_RUNS ?? 200);

const observed = createObservations();
const stepTimes = new Map<string, number[]>();
const stepBody = (i: number) => i * 2; // the work itself is trivial: what is measured is the engine around it

const harness = await startHarness({
  appId: "bench",
  functions: (client) => [
    client.createFunction({ id: "ten-steps", retries: 0, triggers: [{ event: "bench/ten-steps" }] }, async ({ event, step }) => {
      for (let i = 0; i < STEPS; i++) {
        await step.run(`step-${i}`, () => {
          const times = stepTimes.get(String(event.data.key)) ?? [];
          times.push(performance.now());
          stepTimes.set(String(event.data.key), times);
          return stepBody(i);
        });
      }
      observed.record(`done:${event.data.key}`, performance.now());
    }),
    client.createFunction({ id: "waits", retries: 0, triggers: [{ event: "bench/order" }] }, async ({ event, step }) => {
      await step.waitForEvent("wait-for-barista", { event: "bench/ready", match: "data.key", timeout: "5m" });
      observed.record("waited", event.data.key);
    }),
  ],
});

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
const round = (n: number) => Math.round(n * 100) / 100;

// 1. Per-step overhead: the time between consecutive steps of one run (an SDK call, a database write, the next call).
for (let run = 0; run < 3; run++) {
  await harness.send("bench/ten-steps", { key: `warm-${run}` });
  await observed.waitFor(`done:warm-${run}`);
}
const gaps: number[] = [];
harness.handlerMs.length = 0;
for (let run = 0; run < SEQUENTIAL_RUNS; run++) {
  const key = `run-${run}`;
  await harness.send("bench/ten-steps", { key });
  await observed.waitFor(`done:${key}`);
  const times = stepTimes.get(key)!;
  for (let i = 1; i < times.length; i++) gaps.push(times[i]! - times[i - 1]!);
}
const sdkHandler = [...harness.handlerMs];
const directStarted = performance.now();
for (let i = 0; i < STEPS * SEQUENTIAL_RUNS; i++) stepBody(i);
const directPerStep = (performance.now() - directStarted) / (STEPS * SEQUENTIAL_RUNS);

// 2. Throughput: many runs waiting at once, then all answered.
const started = performance.now();
await Promise.all(Array.from({ length: CONCURRENT_RUNS }, (_, i) => harness.send("bench/order", { key: `o${i}` })));
const db = harness.database!.prisma;
while ((await db.engineWait.count({ where: { kind: "EVENT", eventName: "bench/ready", resolvedAt: null } })) < CONCURRENT_RUNS) {
  await new Promise((resolve) => setTimeout(resolve, 20));
}
const allWaiting = performance.now();
await Promise.all(Array.from({ length: CONCURRENT_RUNS }, (_, i) => harness.send("bench/ready", { key: `o${i}` })));
await observed.waitFor("waited", CONCURRENT_RUNS, 300_000);
const finished = performance.now();
await harness.executor!.engine.whenIdle();
const completed = await db.engineRun.count({ where: { functionId: "bench-waits", status: "COMPLETED" } });

const result = {
  machine: { node: process.version, database: process.env.TEST_DATABASE_URL ? "PostgreSQL (TEST_DATABASE_URL)" : "PGlite (in memory)" },
  perStep: {
    runs: SEQUENTIAL_RUNS,
    stepsPerRun: STEPS,
    throughExecutorMs: { p50: round(percentile(gaps, 50)), p95: round(percentile(gaps, 95)), max: round(Math.max(...gaps)) },
    directMs: round(directPerStep),
    overheadMs: { p50: round(percentile(gaps, 50) - directPerStep), p95: round(percentile(gaps, 95) - directPerStep) },
    // The SDK's own handling of each call (serve handler, signature checks), which any engine pays.
    sdkHandlerMs: { p50: round(percentile(sdkHandler, 50)), p95: round(percentile(sdkHandler, 95)) },
  },
  concurrentWaits: {
    runs: CONCURRENT_RUNS,
    completed,
    startAndWaitSeconds: round((allWaiting - started) / 1000),
    answerToCompleteSeconds: round((finished - allWaiting) / 1000),
    totalSeconds: round((finished - started) / 1000),
    completedRunsPerSecond: round(CONCURRENT_RUNS / ((finished - started) / 1000)),
  },
};
await harness.close();

console.log(JSON.stringify(result, null, 2));
console.log(
  `\nper-step overhead through the executor: p50 ${result.perStep.overheadMs.p50} ms, p95 ${result.perStep.overheadMs.p95} ms (target p95 <= 10 ms);` +
    ` of which the SDK's own handler: p50 ${result.perStep.sdkHandlerMs.p50} ms, p95 ${result.perStep.sdkHandlerMs.p95} ms` +
    `\n${CONCURRENT_RUNS} concurrent waiting runs: ${result.concurrentWaits.completedRunsPerSecond} completed runs/s over ${result.concurrentWaits.totalSeconds} s, ${completed}/${CONCURRENT_RUNS} completed (target >= 100 runs/s)`,
);
process.exit(0);
