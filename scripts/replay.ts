// The event player: replays a day's journal (…/journal.jsonl from an event's figures page) into a fresh event of a
// running Presso, at 1 to 100 times the recorded speed, through the app's own commands (scripts/replay/run-replay.ts).
// Usage: npm run replay -- --file day.jsonl --into <new-slug> --speed 1..100 [--url http://127.0.0.1:3000] [--from <slug>]
import { setMaxListeners } from "node:events";
import { readFileSync } from "node:fs";
import { UsageError } from "./rush/cli-flags";
import { organiserCredentials } from "./rush/organiser-credentials";
import { readJournalLines } from "./replay/journal-file";
import { planDurationMs, planReplay } from "./replay/replay-plan";
import { parseReplayOptions } from "./replay/replay-options";
import { describeReport, runReplay } from "./replay/run-replay";

try {
  const options = parseReplayOptions(process.argv.slice(2));
  let text: string;
  try {
    text = readFileSync(options.file, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${options.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const plan = planReplay(readJournalLines(text), options.speed);
  console.log(
    `${options.file}: ${plan.orders.length} orders and ${plan.booth.length} booth switches from ${plan.recordedFrom.toISOString()}, ` +
      `replayed in about ${Math.ceil(planDurationMs(plan) / 1000)} s at ${options.speed}x`,
  );
  const stop = new AbortController();
  setMaxListeners(0, stop.signal); // every order waits on it
  process.on("SIGINT", () => {
    if (stop.signal.aborted) process.exit(130);
    console.log("\nCtrl-C: no more commands; open orders are cancelled (Ctrl-C again leaves at once)");
    stop.abort();
  });
  const report = await runReplay(plan, options, organiserCredentials(), { signal: stop.signal });
  console.log(describeReport(report, plan.leftOut));
  process.exit(report.replayed.open === 0 || report.recorded.open > 0 ? 0 : 1);
} catch (error) {
  console.error(error instanceof UsageError ? error.message : `replay: ${(error as Error).message}`);
  process.exit(error instanceof UsageError ? 2 : 1);
}
