// One life of an app with the embedded executor over an embedded database folder, for the restart test: it
// prints where its Event API is, then runs until killed (kill -9 included). Its steps append to effects.log, so
// the test can count how often each ran across lives.
// Usage: node --import tsx inngest/embedded/testing/restart-worker.ts <dir>
import { appendFileSync } from "node:fs";
import path from "node:path";
import { connectDatabase } from "../../../server/db/connect";
import { applyMigrations, readMigrations } from "../../../server/db/migrate";
import { startHarness } from "./harness";

const dir = process.argv[2]!;
const effects = path.join(dir, "effects.log");
const effect = (what: string) => appendFileSync(effects, `${what}\n`);

const database = await connectDatabase({ mode: "embedded", dataDir: path.join(dir, "db"), url: "" });
await applyMigrations(database.sql, await readMigrations());
const harness = await startHarness({
  appId: "restart",
  database,
  functions: (client) => [
    client.createFunction({ id: "survives", triggers: [{ event: "restart/begin" }] }, async ({ event, step }) => {
      await step.run("one", () => effect("one"));
      const go = await step.waitForEvent("wait-for-go", { event: "restart/go", match: "data.key", timeout: "60s" });
      await step.run("two", () => effect(`two:${go ? "go" : "timeout"}`));
      await step.sleep("nap", "2s");
      await step.run("three", () => effect("three"));
      return { key: event.data.key };
    }),
  ],
});
process.stdout.write(`${JSON.stringify({ url: harness.executor!.url, eventKey: harness.executor!.eventKey })}\n`);
setInterval(() => {}, 1 << 30);
