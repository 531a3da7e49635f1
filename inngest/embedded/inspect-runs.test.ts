import { describe, expect, it } from "vitest";
import { createTestDb } from "../../server/testing/test-db";
import { EngineStore } from "./engine-store";
import { getRun, getRunInput, listRuns, listRunsInput } from "./inspect-runs";

describe("the run inspector's filters", () => {
  it("are trimmed, and refuse a NUL or a broken character before any query", () => {
    expect(listRunsInput.parse({ functionId: " order-lifecycle ", waitingFor: "order/ready" })).toEqual({
      functionId: "order-lifecycle",
      waitingFor: "order/ready",
      limit: 50,
    });
    for (const bad of [{ functionId: "order\u0000" }, { waitingFor: "order/\ud800" }, { functionId: "   " }, { limit: 0 }, { extra: 1 }]) {
      expect(listRunsInput.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it("name a run by an id and nothing else", () => {
    expect(getRunInput.parse({ runId: "3f2b8c1e-9a7d-4e6f-8b5a-1c2d3e4f5a6b" })).toEqual({ runId: "3f2b8c1e-9a7d-4e6f-8b5a-1c2d3e4f5a6b" });
    for (const bad of [{ runId: "run\u0000" }, { runId: "a/b" }, { runId: "" }, { runId: "run_1", extra: true }]) {
      expect(getRunInput.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe("the run inspector's reads", () => {
  it("show a run's trigger, steps, waits, timings and outcome through the executor's SQL port alone", async () => {
    const database = await createTestDb();
    try {
      const store = new EngineStore(database.sql);
      const event = { id: "evt-1", name: "order/submitted", data: { orderId: "o1" }, ts: 1 };
      const waiting = (await store.createRun({ functionId: "presso-order", eventId: "evt-1", event, maxAttempts: 4 }))!;
      await store.recordStep(waiting, "s1", "assign-number", "StepRun", { data: 7 });
      await store.createWait({ runId: waiting, stepId: "s2", kind: "EVENT", name: "wait-for-ready", eventName: "order/ready", wakeAt: Date.UTC(2030, 0, 1) });
      const done = (await store.createRun({ functionId: "presso-other", eventId: "evt-2", event: { ...event, id: "evt-2" }, maxAttempts: 1 }))!;
      await store.endRun(done, "COMPLETED", { output: { ok: true } });

      const listed = await listRuns(database.sql, { waitingFor: "order/ready" });
      expect(listed).toEqual([
        {
          id: waiting,
          functionId: "presso-order",
          status: "RUNNING",
          trigger: event,
          startedAt: expect.any(Date),
          endedAt: null,
          durationMs: null,
          steps: 1,
          waitingFor: [{ kind: "EVENT", name: "wait-for-ready", eventName: "order/ready", until: new Date(Date.UTC(2030, 0, 1)) }],
        },
      ]);
      const [completed] = await listRuns(database.sql, { status: "COMPLETED" });
      expect(completed).toMatchObject({ id: done, steps: 0, waitingFor: [], durationMs: completed!.endedAt!.getTime() - completed!.startedAt.getTime() });
      expect(await listRuns(database.sql, { functionId: "presso-order", status: "COMPLETED" })).toEqual([]);

      const run = await getRun(database.sql, waiting);
      expect(Object.keys(run!)).toEqual([
        "id", "functionId", "eventId", "event", "status", "output", "error", "attempt", "maxAttempts", "parallel",
        "parentRunId", "parentStepId", "startedAt", "endedAt", "steps", "waits",
      ]);
      expect(run!.steps).toEqual([{ name: "assign-number", op: "StepRun", result: { data: 7 }, startedAt: expect.any(Date), endedAt: expect.any(Date) }]);
      expect(run!.waits).toEqual([
        {
          kind: "EVENT",
          name: "wait-for-ready",
          eventName: "order/ready",
          expression: null,
          createdAt: expect.any(Date),
          wakeAt: new Date(Date.UTC(2030, 0, 1)),
          resolvedAt: null,
          resolution: null,
        },
      ]);
      expect((await getRun(database.sql, done))!.output).toEqual({ ok: true });
      expect(await getRun(database.sql, "no-such-run")).toBeNull();
    } finally {
      await database.close();
    }
  });
});
