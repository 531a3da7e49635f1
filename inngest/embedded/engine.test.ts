import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NonRetriableError } from "inngest";
import { createTestDb } from "../../server/testing/test-db";
import { getRun, listRuns } from "./inspect-runs";
import { hashedSigningKey, signBody } from "./signing";
import { startEmbeddedExecutor } from "./start-executor";
import { createObservations, startHarness, type Harness } from "./testing/harness";

/** What only the embedded executor promises: refusals at sync, signed calls, and run state in the database. */

const observed = createObservations();

describe("sync", () => {
  it("refuses a function option it does not implement, naming the function and the option", async () => {
    const harness = startHarness({
      appId: "unsupported",
      functions: (client) => [
        client.createFunction({ id: "limited", concurrency: 1, triggers: [{ event: "x/y" }] }, async () => null),
        client.createFunction({ id: "scheduled", triggers: [{ cron: "0 * * * *" }] }, async () => null),
        client.createFunction({ id: "eleven", triggers: Array.from({ length: 11 }, (_, i) => ({ event: `x/event-${i}` })) }, async () => null),
      ],
    });
    const error = await harness.then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(/function "unsupported-limited" uses concurrency \(concurrency limits\)/);
    expect(error?.message).toMatch(/function "unsupported-scheduled" has a cron trigger/);
    // As Inngest Cloud would: ten triggers at most.
    expect(error?.message).toMatch(/function "unsupported-eleven" has 11 triggers; Inngest allows at most 10/);
  });
});

describe("the embedded executor", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({
      appId: "state",
      functions: (client) => [
        client.createFunction({ id: "brew", triggers: [{ event: "state/brew" }] }, async ({ event, step }) => {
          const grams = await step.run("grind", () => 18);
          await step.waitForEvent("wait-for-cup", { event: "state/cup", match: "data.key", timeout: "30s" });
          const shot = await step.run("pull", () => `${grams}g shot`);
          observed.record(`brewed:${event.data.key}`);
          return { shot };
        }),
        // Registers a wait, then fails for good in the step beside it.
        client.createFunction({ id: "walk-away", retries: 0, triggers: [{ event: "state/walk-away" }] }, async ({ step }) => {
          const reply = step.waitForEvent("wait-for-reply", { event: "state/reply", match: "data.key", timeout: "30s" });
          await step.run("decide", () => {
            throw new NonRetriableError("no coffee today");
          });
          return { reply: await reply };
        }),
      ],
    });
  });
  afterAll(async () => harness?.close());

  it("refuses calls to the app that it did not sign", async () => {
    const body = { event: { name: "state/brew", data: {} }, events: [], steps: {}, ctx: { run_id: "forged", attempt: 0 }, version: 2 };
    const url = `${harness.appUrl}?fnId=state-brew&stepId=step`;
    const unsigned = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    expect(unsigned.status).toBe(401);
    const wrongKey = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-inngest-signature": signBody(body, `signkey-local-${"ab".repeat(32)}`) },
      body: JSON.stringify(body),
    });
    expect(wrongKey.status).toBe(401);
  });

  it("refuses events sent with another event key", async () => {
    const response = await fetch(`${harness.executor!.url}e/not-the-key`, { method: "POST", body: JSON.stringify([{ name: "state/brew", data: {} }]) });
    expect(response.status).toBe(401);
  });

  it("keeps each run's steps, waits and outcome in the database", async () => {
    const sql = harness.database!.sql;
    await harness.send("state/brew", { key: "k1" });
    const waiting = async () => {
      const [run] = await listRuns(sql, { functionId: "state-brew", status: "RUNNING" });
      const detail = run && (await getRun(sql, run.id));
      return detail?.waits.find((wait) => wait.resolvedAt === null && wait.kind === "EVENT");
    };
    const deadline = Date.now() + 10_000;
    while (!(await waiting()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    const wait = await waiting();
    expect(wait).toMatchObject({ name: "wait-for-cup", eventName: "state/cup", expression: "event.data.key == async.data.key" });
    expect(wait!.wakeAt!.getTime()).toBeGreaterThan(Date.now() + 20_000);

    await harness.send("state/cup", { key: "k1" });
    await observed.waitFor("brewed:k1");
    await harness.executor!.engine.whenIdle();
    const [listed] = await listRuns(sql, { functionId: "state-brew" });
    const run = (await getRun(sql, listed!.id))!;
    expect(run).toMatchObject({ status: "COMPLETED", output: { shot: "18g shot" } });
    expect(run.steps.map((s) => [s.name, s.op])).toEqual([
      ["grind", "StepRun"],
      ["wait-for-cup", "WaitForEvent"],
      ["pull", "StepRun"],
    ]);
    expect(run.steps[1]!.result).toMatchObject({ data: { name: "state/cup", data: { key: "k1" } } });
  });

  it("refuses a sync that names any address but the app's own, and orders keep flowing", async () => {
    const executor = harness.executor!;
    // What the SDK sends when someone asks for a sync with `Host: attacker:3939`: the executor's own key, a stranger's URL.
    const hijack = await fetch(`${executor.url}fn/register`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${hashedSigningKey(executor.signingKey)}` },
      body: JSON.stringify({
        url: "http://attacker:3939/api/inngest",
        functions: [
          { id: "state-brew", name: "brew", triggers: [{ event: "state/brew" }], steps: { step: { runtime: { url: "http://attacker:3939/api/inngest?fnId=state-brew&stepId=step" } } } },
        ],
      }),
    });
    expect(hijack.status).toBe(400);
    expect(await hijack.text()).toMatch(/calls only the app's own address/);
    expect(executor.engine.listFunctions().map((fn) => new URL(fn.url).origin)).toEqual(
      executor.engine.listFunctions().map(() => new URL(harness.appUrl).origin),
    );

    await harness.send("state/brew", { key: "after-hijack" });
    const deadline = Date.now() + 10_000;
    const waiting = async () => (await listRuns(harness.database!.sql, { waitingFor: "state/cup" })).length;
    while ((await waiting()) === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    await harness.send("state/cup", { key: "after-hijack" });
    await observed.waitFor("brewed:after-hijack");
  });

  it("gives each of many waits the first of the events that match it, when the events arrive together", async () => {
    const sql = harness.database!.sql;
    const keys = Array.from({ length: 20 }, (_, i) => `together-${i}`);
    await Promise.all(keys.map((key) => harness.send("state/brew", { key })));
    const keyOf = (run: { trigger: { data?: unknown } }) => (run.trigger.data as { key?: string } | undefined)?.key ?? "";
    const togetherRuns = async () => (await listRuns(sql, { functionId: "state-brew", limit: 500 })).filter((run) => keys.includes(keyOf(run)));
    const waitingFor = async () => (await togetherRuns()).filter((run) => run.waitingFor.some((wait) => wait.kind === "EVENT")).length;
    const deadline = Date.now() + 10_000;
    while ((await waitingFor()) < keys.length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await waitingFor()).toBe(keys.length);

    // One request with both cups for every key: dispatched in batches, each wait still takes the earlier cup.
    await harness.client.send(keys.flatMap((key) => [{ name: "state/cup", data: { key, cup: "first" } }, { name: "state/cup", data: { key, cup: "second" } }]));
    await Promise.all(keys.map((key) => observed.waitFor(`brewed:${key}`)));
    await harness.executor!.engine.whenIdle();
    const runs = await Promise.all((await togetherRuns()).map((run) => getRun(sql, run.id)));
    const answers = runs.flatMap((run) => run!.steps.filter((step) => step.name === "wait-for-cup"));
    expect(answers).toHaveLength(keys.length);
    expect(answers.map((step) => (step.result as { data: { data: { cup: string } } }).data.data.cup)).toEqual(keys.map(() => "first"));
  });

  it("closes the waits of a run that fails, so a later event or timer finds nothing", async () => {
    const sql = harness.database!.sql;
    await harness.send("state/walk-away", { key: "w1" });
    const deadline = Date.now() + 10_000;
    const ended = async () => {
      const [run] = await listRuns(sql, { functionId: "state-walk-away", status: "FAILED" });
      return run ? getRun(sql, run.id) : null;
    };
    while (!(await ended()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await ended()).toMatchObject({ error: { message: "no coffee today" } });
    const waits = (await ended())!.waits;
    expect(waits).toHaveLength(1);
    expect(waits[0]).toMatchObject({ name: "wait-for-reply", resolution: "run-ended" });
    expect(waits[0]!.resolvedAt).not.toBeNull();
  });
});

describe("answers to the executor's calls", () => {
  it("are believed only when the app signed them: a stranger answering in its place finishes no run", async () => {
    const database = await createTestDb();
    let calls = 0;
    // Answers like an SDK would, "the function returned", but without the app's signature.
    const stranger = createServer((req, res) => {
      calls += req.method === "POST" ? 1 : 0;
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ forged: true }));
    });
    await new Promise<void>((resolve) => stranger.listen(0, "127.0.0.1", () => resolve()));
    const appUrl = `http://127.0.0.1:${(stranger.address() as AddressInfo).port}/api/inngest`;
    const executor = await startEmbeddedExecutor({ sql: database.sql, serveUrl: appUrl, retryBaseMs: 10, log: () => {} });
    executor.synced.catch(() => {}); // the stranger registers nothing by itself
    try {
      await executor.engine.register([
        { id: "app-brew", name: "brew", triggers: [{ event: "app/brew" }], steps: { step: { runtime: { url: `${appUrl}?fnId=app-brew&stepId=step` } } }, retries: undefined },
      ]);
      const response = await fetch(`${executor.url}e/${executor.eventKey}`, { method: "POST", body: JSON.stringify([{ name: "app/brew", data: {} }]) });
      expect(response.status).toBe(200);
      const deadline = Date.now() + 10_000;
      while (calls < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(calls).toBeGreaterThanOrEqual(2); // called, refused the answer, and tried again
      const [listed] = await listRuns(database.sql, { functionId: "app-brew" });
      const run = (await getRun(database.sql, listed!.id))!;
      expect(run.status).not.toBe("COMPLETED");
      expect(run.output).toBeNull();
    } finally {
      await executor.close();
      await new Promise<void>((resolve) => stranger.close(() => resolve()));
      await database.close();
    }
  });
});
