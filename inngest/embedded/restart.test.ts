import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { connectDatabase } from "../../server/db/connect";
import { getRun, listRuns } from "./inspect-runs";

/** kill -9 in the middle of a run, twice: the run still finishes, and no recorded step runs again. */

const alive: ChildProcess[] = [];
afterEach(() => {
  for (const child of alive.splice(0)) child.kill("SIGKILL");
});

function startLife(dir: string): Promise<{ child: ChildProcess; send(name: string, data: object): Promise<void> }> {
  const child = spawn(process.execPath, ["--import", "tsx", "inngest/embedded/testing/restart-worker.ts", dir], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  alive.push(child);
  return new Promise((resolve, reject) => {
    let buffer = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const line = buffer.split("\n").find((l) => l.startsWith("{"));
      if (!line) return;
      const { url, eventKey } = JSON.parse(line) as { url: string; eventKey: string };
      resolve({
        child,
        async send(name, data) {
          const response = await fetch(`${url}e/${eventKey}`, { method: "POST", body: JSON.stringify([{ name, data }]) });
          if (!response.ok) throw new Error(`send failed: ${response.status}`);
        },
      });
    });
    child.once("exit", (code) => reject(new Error(`the worker exited early with ${code}`)));
  });
}

async function killHard(child: ChildProcess) {
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGKILL");
  await exited;
}

function effects(dir: string): string[] {
  const file = path.join(dir, "effects.log");
  return existsSync(file) ? readFileSync(file, "utf8").trim().split("\n").filter(Boolean) : [];
}

async function until(check: () => boolean, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("the embedded executor after kill -9", () => {
  it("resumes a waiting run and a sleeping run, and never repeats a recorded step", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "presso-restart-"));

    const first = await startLife(dir);
    await first.send("restart/begin", { key: "k1" });
    await until(() => effects(dir).includes("one"));
    await new Promise((resolve) => setTimeout(resolve, 700)); // the wait is registered after step one
    await killHard(first.child);

    const second = await startLife(dir);
    await second.send("restart/go", { key: "k1" });
    await until(() => effects(dir).some((e) => e.startsWith("two")));
    await new Promise((resolve) => setTimeout(resolve, 500)); // now sleeping for 2 s
    await killHard(second.child);
    expect(effects(dir)).not.toContain("three");

    const third = await startLife(dir);
    await until(() => effects(dir).includes("three"));
    await new Promise((resolve) => setTimeout(resolve, 1500)); // the run's end is recorded after its last step
    await killHard(third.child);

    expect(effects(dir)).toEqual(["one", "two:go", "three"]);
    const database = await connectDatabase({ mode: "embedded", dataDir: path.join(dir, "db"), url: "" });
    try {
      const runs = await Promise.all((await listRuns(database.sql, {})).map(async (run) => (await getRun(database.sql, run.id))!));
      expect(runs.map((r) => [r.functionId, r.status, r.output])).toEqual([["restart-survives", "COMPLETED", { key: "k1" }]]);
      expect(runs[0]!.steps.map((s) => s.name)).toEqual(["one", "wait-for-go", "two", "nap", "three"]);
    } finally {
      await database.close();
    }
  }, 120_000);
});
