import { NonRetriableError, type Inngest } from "inngest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createObservations, devServerUrl, startHarness, type EngineTarget, type Harness } from "./testing/harness";

/**
 * What an engine must do for Presso's workflows, checked through real functions served by the SDK: the embedded
 * executor always, and `npx inngest-cli dev` too when INNGEST_DEV_URL names one. Assertions read what the
 * functions observed, never an engine's internals, so both engines face the same test.
 */

const observed = createObservations();
let counter = 0;
const key = (label: string) => `${label}-${process.pid}-${++counter}-${Math.random().toString(36).slice(2, 8)}`;
const attempts = new Map<string, number>();

function conformanceFunctions(client: Inngest) {
  const child = client.createFunction({ id: "child", triggers: [{ event: "test/child.direct" }] }, async ({ event, step }) => {
    const doubled = await step.run("double", () => Number(event.data.n) * 2);
    return { doubled };
  });
  return [
    child,
    client.createFunction({ id: "steps-in-order", triggers: [{ event: "test/steps" }] }, async ({ event, step }) => {
      const first = await step.run("first", () => {
        observed.record(`first:${event.data.key}`);
        return 1;
      });
      const second = await step.run("second", () => first + 1);
      observed.record(`steps:${event.data.key}`, { first, second });
      return { sum: first + second };
    }),
    client.createFunction({ id: "parallel", triggers: [{ event: "test/parallel" }] }, async ({ event, step }) => {
      const [left, right] = await Promise.all([step.run("left", () => "L"), step.run("right", () => "R")]);
      const after = await step.run("after", () => `${left}${right}`);
      observed.record(`parallel:${event.data.key}`, after);
    }),
    client.createFunction({ id: "flaky", retries: 4, triggers: [{ event: "test/flaky" }] }, async ({ event, step }) => {
      const tries = await step.run("flaky-step", () => {
        const n = (attempts.get(String(event.data.key)) ?? 0) + 1;
        attempts.set(String(event.data.key), n);
        if (n < 3) throw new Error(`not yet (${n})`);
        return n;
      });
      observed.record(`flaky:${event.data.key}`, tries);
    }),
    client.createFunction(
      {
        id: "refuses",
        retries: 4,
        triggers: [{ event: "test/refuse" }],
        onFailure: async ({ event, error }) => {
          observed.record(`refuses-failed:${event.data.event.data.key}`, error.message);
        },
      },
      async ({ event, step }) => {
        await step.run("refuse", () => {
          observed.record(`refuse-ran:${event.data.key}`);
          throw new NonRetriableError("this order can never be made");
        });
      },
    ),
    client.createFunction(
      {
        id: "always-fails",
        retries: 1,
        triggers: [{ event: "test/always-fails" }],
        onFailure: async ({ event, error }) => {
          observed.record(`always-failed:${event.data.event.data.key}`, error.message);
        },
      },
      async ({ event, step }) => {
        await step.run("break", () => {
          observed.record(`break-ran:${event.data.key}`);
          throw new Error("the grinder is jammed");
        });
      },
    ),
    client.createFunction({ id: "sleeper", triggers: [{ event: "test/sleep" }] }, async ({ event, step }) => {
      const started = await step.run("start", () => Date.now());
      await step.sleep("nap", "1s");
      await step.sleepUntil("until", new Date(Number(event.data.until)));
      observed.record(`slept:${event.data.key}`, Date.now() - started);
    }),
    client.createFunction({ id: "waits-for-match", triggers: [{ event: "test/order" }] }, async ({ event, step }) => {
      const confirmation = await step.waitForEvent("wait-for-confirmation", {
        event: "test/confirm",
        match: "data.key",
        timeout: String(event.data.timeout ?? "10s"),
      });
      observed.record(`confirmed:${event.data.key}`, confirmation?.data ?? null);
    }),
    client.createFunction({ id: "waits-with-if", triggers: [{ event: "test/strong" }] }, async ({ event, step }) => {
      const shot = await step.waitForEvent("wait-for-strong-shot", {
        event: "test/shot",
        if: "async.data.key == event.data.key && async.data.shots >= 2",
        timeout: "10s",
      });
      observed.record(`strong:${event.data.key}`, shot?.data ?? null);
    }),
    client.createFunction({ id: "race-naive", triggers: [{ event: "test/race-naive" }] }, async ({ event, step }) => {
      await step.run("announce", () => client.send({ name: "test/race-answer", data: { key: event.data.key } }));
      const answer = await step.waitForEvent("wait-answer", { event: "test/race-answer", match: "data.key", timeout: "2s" });
      observed.record(`race-naive:${event.data.key}`, answer ? "answered" : "lost");
    }),
    client.createFunction({ id: "race-safe", triggers: [{ event: "test/race-safe" }] }, async ({ event, step }) => {
      const answered = step.waitForEvent("wait-answer", { event: "test/race-answer", match: "data.key", timeout: "5s" });
      await step.run("announce", () => client.send({ name: "test/race-answer", data: { key: event.data.key } }));
      observed.record(`race-safe:${event.data.key}`, (await answered) ? "answered" : "lost");
    }),
    client.createFunction(
      { id: "cancellable", triggers: [{ event: "test/cancellable" }], cancelOn: [{ event: "test/cancel", match: "data.key" }] },
      async ({ event, step }) => {
        await step.run("before", () => observed.record(`before-cancel:${event.data.key}`));
        await step.waitForEvent("wait-forever", { event: "test/never", match: "data.key", timeout: "30s" });
        observed.record(`after-cancel:${event.data.key}`);
      },
    ),
    client.createFunction({ id: "wildcard", triggers: [{ event: "wild/*" }] }, async ({ event }) => {
      observed.record(`wild:${event.data.key}`, event.name);
    }),
    client.createFunction({ id: "emits", triggers: [{ event: "test/emit" }] }, async ({ event, step }) => {
      await step.sendEvent("emit-follow-up", { name: "test/follow-up", data: { key: event.data.key } });
    }),
    client.createFunction({ id: "follows-up", triggers: [{ event: "test/follow-up" }] }, async ({ event }) => {
      observed.record(`followed-up:${event.data.key}`);
    }),
    client.createFunction({ id: "invokes", triggers: [{ event: "test/invoke" }] }, async ({ event, step }) => {
      const result = await step.invoke("call-child", { function: child, data: { n: event.data.n } });
      observed.record(`invoked:${event.data.key}`, result);
    }),
  ];
}

function conformanceSuite(target: EngineTarget) {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ appId: `conformance-${target}`, target, functions: conformanceFunctions });
  });
  afterAll(async () => harness?.close());

  it("runs steps in order and memoizes each once", async () => {
    const k = key("steps");
    await harness.send("test/steps", { key: k });
    expect(await observed.waitFor(`steps:${k}`)).toEqual([{ first: 1, second: 2 }]);
    expect(observed.count(`first:${k}`)).toBe(1);
  });

  it("runs parallel steps and goes on after both", async () => {
    const k = key("parallel");
    await harness.send("test/parallel", { key: k });
    expect(await observed.waitFor(`parallel:${k}`)).toEqual(["LR"]);
  });

  it("retries a failing step until it succeeds", async () => {
    const k = key("flaky");
    await harness.send("test/flaky", { key: k });
    expect(await observed.waitFor(`flaky:${k}`)).toEqual([3]);
    expect(attempts.get(k)).toBe(3);
  });

  it("does not retry a NonRetriableError, and calls onFailure", async () => {
    const k = key("refuse");
    await harness.send("test/refuse", { key: k });
    expect(await observed.waitFor(`refuses-failed:${k}`)).toEqual([expect.stringContaining("this order can never be made")]);
    expect(observed.count(`refuse-ran:${k}`)).toBe(1);
  });

  it("gives up after the retries and calls onFailure", async () => {
    const k = key("always");
    await harness.send("test/always-fails", { key: k });
    expect(await observed.waitFor(`always-failed:${k}`)).toEqual([expect.stringContaining("the grinder is jammed")]);
    expect(observed.count(`break-ran:${k}`)).toBe(2); // one try and one retry
  });

  it("sleeps for a duration and until a date", async () => {
    const k = key("sleep");
    await harness.send("test/sleep", { key: k, until: Date.now() + 2000 });
    const [elapsed] = (await observed.waitFor(`slept:${k}`, 1, 20_000)) as number[];
    expect(elapsed).toBeGreaterThanOrEqual(1900);
  });

  it("resumes a wait with the matching event only", async () => {
    const k = key("match");
    await harness.send("test/order", { key: k });
    await new Promise((resolve) => setTimeout(resolve, 500)); // the wait must exist before the answer
    await harness.send("test/confirm", { key: `${k}-someone-else` });
    await harness.send("test/confirm", { key: k, size: "large" });
    expect(await observed.waitFor(`confirmed:${k}`)).toEqual([{ key: k, size: "large" }]);
  });

  it("resumes a wait only when its CEL condition holds", async () => {
    const k = key("if");
    await harness.send("test/strong", { key: k });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await harness.send("test/shot", { key: k, shots: 1 });
    await harness.send("test/shot", { key: k }); // a missing field is no match, not a crash
    await harness.send("test/shot", { key: k, shots: 2 });
    expect(await observed.waitFor(`strong:${k}`)).toEqual([{ key: k, shots: 2 }]);
  });

  it("gives null when a wait times out", async () => {
    const k = key("timeout");
    await harness.send("test/order", { key: k, timeout: "1s" });
    expect(await observed.waitFor(`confirmed:${k}`, 1, 20_000)).toEqual([null]);
  });

  it("loses an answer sent before the wait exists, and keeps it when the wait is made first", async () => {
    const naive = key("naive");
    const safe = key("safe");
    await harness.send("test/race-naive", { key: naive });
    await harness.send("test/race-safe", { key: safe });
    expect(await observed.waitFor(`race-naive:${naive}`, 1, 20_000)).toEqual(["lost"]);
    expect(await observed.waitFor(`race-safe:${safe}`, 1, 20_000)).toEqual(["answered"]);
  });

  it("cancels a waiting run on its cancel event", async () => {
    const k = key("cancel");
    await harness.send("test/cancellable", { key: k });
    await observed.waitFor(`before-cancel:${k}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await harness.send("test/cancel", { key: k });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await harness.send("test/never", { key: k });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(observed.count(`after-cancel:${k}`)).toBe(0);
  });

  it("starts a wildcard trigger for every event of its domain, and no other", async () => {
    const k = key("wild");
    await harness.send("wild/one", { key: k });
    await harness.send("wild/two.things", { key: k });
    await harness.send("tame/one", { key: k });
    expect(((await observed.waitFor(`wild:${k}`, 2)) as string[]).sort()).toEqual(["wild/one", "wild/two.things"]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(observed.count(`wild:${k}`)).toBe(2);
  });

  it("delivers events sent from a step", async () => {
    const k = key("emit");
    await harness.send("test/emit", { key: k });
    await observed.waitFor(`followed-up:${k}`);
  });

  it("invokes another function and returns its result", async () => {
    const k = key("invoke");
    await harness.send("test/invoke", { key: k, n: 21 });
    expect(await observed.waitFor(`invoked:${k}`)).toEqual([{ doubled: 42 }]);
  });

  it("starts one run for an event id sent twice", async () => {
    const k = key("dedupe");
    const id = `dedupe-${k}`;
    await harness.send("test/steps", { key: k }, id);
    await harness.send("test/steps", { key: k }, id);
    await observed.waitFor(`steps:${k}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(observed.count(`steps:${k}`)).toBe(1);
  });
}

describe("conformance: the embedded executor", () => conformanceSuite("embedded"));

describe.skipIf(!devServerUrl)(
  devServerUrl ? "conformance: inngest-cli dev" : "conformance: inngest-cli dev (skipped: set INNGEST_DEV_URL to a running `npx inngest-cli dev`)",
  () => conformanceSuite("inngest-dev"),
);
