// Benchmark of the embedded executor (figures, not a test): per-step overhead of a 10-step function driven
// through the SDK's HTTP protocol beside the same steps called directly, and completed runs per second for
// 200 concurrent runs that each wait for an event. Prints JSON, then a summary. Usage: npm run bench:engine
import { availableParallelism } from "node:os";
import { createObservations, startHarness } from "../inngest/embedded/testing/harness";

const STEPS = 10;
const SEQUENTIAL_RUNS = 30;
const CONCURRENT_RUNS = Number(process.env.BENCH_CONCURRENT_RUNS ?? 200);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

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
      observed.record(`waited:${String(event.data.key).split("-")[0]}`, event.data.key);
    }),
  ],
});

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
const round2 = (n: number) => Math.round(n * 100) / 100;

// 1. Per-step overhead: the time between consecutive steps of one run (an SDK call, a database write, the next call).
//    Warm-up runs first: what is measured is a running booth, not the first seconds of the process (JIT, caches).
for (let run = 0; run < 10; run++) {
  await harness.send("bench/ten-steps", { key: `warm-${run}` });
  await observed.waitFor(`done:warm-${run}`);
}
const gaps: number[] = [];
const executorShare: number[] = [];
const sdkHandler: number[] = [];
for (let run = 0; run < SEQUENTIAL_RUNS; run++) {
  const key = `run-${run}`;
  harness.handlerMs.length = 0;
  await harness.send("bench/ten-steps", { key });
  await observed.waitFor(`done:${key}`);
  const times = stepTimes.get(key)!;
  // One SDK call per step, one to finish: the call that ran step i took handlerMs[i] of the gap before it.
  const handled = [...harness.handlerMs];
  sdkHandler.push(...handled);
  for (let i = 1; i < times.length; i++) {
    const gap = times[i]! - times[i - 1]!;
    gaps.push(gap);
    if (handled.length === STEPS + 1) executorShare.push(gap - handled[i]!);
  }
}
const directStarted = performance.now();
for (let i = 0; i < STEPS * SEQUENTIAL_RUNS; i++) stepBody(i);
const directPerStep = (performance.now() - directStarted) / (STEPS * SEQUENTIAL_RUNS);

// 2. Throughput: many runs waiting at once, then all answered. A smaller warm-up round, then measured rounds.
const sql = harness.database!.sql;
/** Waits for the answer open right now: one light count, so polling adds little to what is measured. */
const waitingRuns = async () =>
  (await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM engine."EngineWait" WHERE kind = 'EVENT' AND "eventName" = 'bench/ready' AND "resolvedAt" IS NULL`))[0]!.n;
async function concurrentRound(round: string, runs: number) {
  const started = performance.now();
  await Promise.all(Array.from({ length: runs }, (_, i) => harness.send("bench/order", { key: `${round}-${i}` })));
  while ((await waitingRuns()) < runs) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const allWaiting = performance.now();
  await Promise.all(Array.from({ length: runs }, (_, i) => harness.send("bench/ready", { key: `${round}-${i}` })));
  await observed.waitFor(`waited:${round}`, runs, 300_000);
  const finished = performance.now();
  await harness.executor!.engine.whenIdle();
  return {
    startAndWaitSeconds: round2((allWaiting - started) / 1000),
    answerToCompleteSeconds: round2((finished - allWaiting) / 1000),
    totalSeconds: round2((finished - started) / 1000),
    completedRunsPerSecond: round2(runs / ((finished - started) / 1000)),
  };
}
// A booth runs for hours: the first round only warms the process up (JIT, caches) and is not counted.
await concurrentRound("warm", CONCURRENT_RUNS);
const rounds = [];
for (let r = 0; r < ROUNDS; r++) rounds.push(await concurrentRound(`r${r}`, CONCURRENT_RUNS));
const [{ completed }] = (await sql.query<{ completed: number }>(
  `SELECT count(*)::int AS completed FROM engine."EngineRun" WHERE "functionId" = 'bench-waits' AND status = 'COMPLETED'`,
)) as [{ completed: number }];
const medianRound = [...rounds].sort((a, b) => a.completedRunsPerSecond - b.completedRunsPerSecond)[Math.floor(rounds.length / 2)]!;

const result = {
  machine: { node: process.version, cores: availableParallelism(), database: process.env.TEST_DATABASE_URL ? "PostgreSQL (TEST_DATABASE_URL)" : "PGlite (in memory, own thread)" },
  perStep: {
    runs: SEQUENTIAL_RUNS,
    stepsPerRun: STEPS,
    throughExecutorMs: { p50: round2(percentile(gaps, 50)), p95: round2(percentile(gaps, 95)), max: round2(Math.max(...gaps)) },
    directMs: round2(directPerStep),
    overheadMs: { p50: round2(percentile(gaps, 50) - directPerStep), p95: round2(percentile(gaps, 95) - directPerStep) },
    // The SDK's own handling of each call (serve handler, signature checks), which any engine pays...
    sdkHandlerMs: { p50: round2(percentile(sdkHandler, 50)), p95: round2(percentile(sdkHandler, 95)) },
    // ...and the rest of each gap: the executor (database write, signing, HTTP) between two calls.
    executorShareMs: executorShare.length ? { p50: round2(percentile(executorShare, 50)), p95: round2(percentile(executorShare, 95)) } : null,
  },
  concurrentWaits: {
    runs: CONCURRENT_RUNS,
    rounds,
    completed: `${completed}/${CONCURRENT_RUNS * (ROUNDS + 1)}`,
    medianCompletedRunsPerSecond: medianRound.completedRunsPerSecond,
  },
};
await harness.close();

console.log(JSON.stringify(result, null, 2));
const share = result.perStep.executorShareMs;
console.log(
  `\nper-step overhead through the executor: p50 ${result.perStep.overheadMs.p50} ms, p95 ${result.perStep.overheadMs.p95} ms (target p95 <= 10 ms);` +
    ` of which the SDK's own handler: p50 ${result.perStep.sdkHandlerMs.p50} ms, p95 ${result.perStep.sdkHandlerMs.p95} ms` +
    (share ? `, and the executor's share: p50 ${share.p50} ms, p95 ${share.p95} ms` : "") +
    `\n${CONCURRENT_RUNS} concurrent waiting runs: ${result.concurrentWaits.medianCompletedRunsPerSecond} completed runs/s (median of ${ROUNDS} rounds: ` +
    `${rounds.map((r) => r.completedRunsPerSecond).join(", ")}), ${result.concurrentWaits.completed} completed (target >= 100 runs/s)`,
);
process.exit(0);
