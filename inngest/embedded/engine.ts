import { randomUUID } from "node:crypto";
import type { Db } from "../../server/db/client";
import { Prisma } from "../../server/db/client";
import { wakeTimeFor } from "./durations";
import { matches, matchPathOf, nameMatches, valueAt } from "./expressions";
import { checkFunctions, type RegisteredFunction } from "./function-registry";
import { signBody } from "./signing";

/**
 * The embedded workflow executor: what Inngest's server does for the app's functions, on one machine. It keeps
 * every run's state in the app's database and drives the functions through the SDK's own HTTP protocol at
 * /api/inngest (call request in, 200 / 206 ops / error out). After a crash and restart every run goes on from what
 * was recorded: waits still match, timers still fire, no recorded step runs again (steps are at-least-once).
 */

export type EngineEventPayload = { id: string; name: string; data: Record<string, unknown>; ts: number; v?: string };

type StepResult = { data: unknown } | { error: unknown };

type Op = {
  op: string;
  id: string;
  name?: string;
  displayName?: string;
  opts?: Record<string, unknown>;
  data?: unknown;
  error?: unknown;
};

type CallResponse = { status: number; noRetry: boolean; retryAfterMs: number | null; body: unknown };

/** A run as one drive sees it: loaded once, then kept up to date by the drive itself. */
type DriveState = {
  id: string;
  event: unknown;
  status: string;
  attempt: number;
  maxAttempts: number;
  parallel: boolean;
  steps: { stepId: string; result: unknown }[];
  openWaitSteps: Set<string>;
  /** A step or the function failed in this drive and waits for its retry timer. */
  retrying?: boolean;
};

export type EngineOptions = {
  signingKey: string;
  /** First retry after this many ms, doubling each time (Inngest's own schedule is far slower). */
  retryBaseMs?: number;
  log?: (message: string) => void;
};

const FUNCTION_FAILED = "inngest/function.failed";
const FUNCTION_INVOKED = "inngest/function.invoked";
const FUNCTION_CANCELLED = "inngest/function.cancelled";

export class EmbeddedEngine {
  private functions = new Map<string, RegisteredFunction>();
  private synced = false;
  /** Per run: the drive in progress, and whether another pass was asked for meanwhile. */
  private drives = new Map<string, { again: boolean; done: Promise<void> }>();
  private timer: NodeJS.Timeout | undefined;
  private nextWake = Infinity;
  private stopped = false;
  private readonly retryBaseMs: number;
  private readonly log: (message: string) => void;
  /** Resolves once every pending run has settled; for tests and benchmarks. */
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly db: Db,
    private readonly options: EngineOptions,
  ) {
    this.retryBaseMs = options.retryBaseMs ?? 1000;
    this.log = options.log ?? ((message) => console.log(`[engine] ${message}`));
  }

  get isSynced(): boolean {
    return this.synced;
  }

  listFunctions(): RegisteredFunction[] {
    return [...this.functions.values()];
  }

  // ------------------------------------------------------------------ registration

  /** Takes the functions of a sync (throws, changing nothing, when one uses an option not implemented here). */
  async register(rawFunctions: unknown): Promise<RegisteredFunction[]> {
    const functions = checkFunctions(rawFunctions);
    this.functions = new Map(functions.map((fn) => [fn.id, fn]));
    const first = !this.synced;
    this.synced = true;
    if (first) void this.resume();
    return functions;
  }

  /** After a (re)start: dispatch what was received but not dispatched, drive unfinished runs, arm timers. */
  private async resume(): Promise<void> {
    const pending = await this.db.engineEvent.findMany({ where: { dispatchedAt: null }, orderBy: { receivedAt: "asc" } });
    for (const row of pending) await this.dispatch(row.payload as EngineEventPayload);
    const running = await this.db.engineRun.findMany({ where: { status: "RUNNING" }, select: { id: true } });
    for (const { id } of running) this.schedule(id);
    await this.armTimer();
  }

  // ------------------------------------------------------------------ events

  /** The Event API: stores each event once (by id) and matches it against waits, cancellations and triggers. */
  async receive(events: Partial<EngineEventPayload>[]): Promise<string[]> {
    const ids: string[] = [];
    for (const raw of events) {
      if (!raw || typeof raw.name !== "string" || raw.name === "") throw new Error("every event needs a name");
      const event: EngineEventPayload = {
        id: typeof raw.id === "string" && raw.id ? raw.id : randomUUID(),
        name: raw.name,
        data: (raw.data && typeof raw.data === "object" ? raw.data : {}) as Record<string, unknown>,
        ts: typeof raw.ts === "number" ? raw.ts : Date.now(),
        ...(raw.v ? { v: raw.v } : {}),
      };
      ids.push(event.id);
      const inserted = await this.db.$executeRaw`
        INSERT INTO "EngineEvent" (id, name, payload, "receivedAt")
        VALUES (${event.id}, ${event.name}, ${JSON.stringify(event)}::jsonb, now())
        ON CONFLICT (id) DO NOTHING`;
      // Inngest de-duplicates by event id: the same id twice starts nothing twice.
      if (inserted === 1 && this.synced) await this.dispatch(event);
    }
    return ids;
  }

  private async dispatch(event: EngineEventPayload): Promise<void> {
    await this.applyCancellations(event);
    await this.resumeWaits(event);
    await this.startRuns(event);
    await this.db.engineEvent.update({ where: { id: event.id }, data: { dispatchedAt: new Date() } });
  }

  private async startRuns(event: EngineEventPayload): Promise<void> {
    for (const fn of this.functions.values()) {
      const trigger = fn.triggers.find((t) => nameMatches(t.event, event.name) && matches(t.expression, { event }));
      if (!trigger) continue;
      const runId = await this.createRun(fn, event, event.id);
      if (runId) this.schedule(runId);
    }
  }

  private async createRun(
    fn: RegisteredFunction,
    event: EngineEventPayload,
    eventId: string,
    parent?: { runId: string; stepId: string },
  ): Promise<string | null> {
    const runId = randomUUID();
    const created = await this.db.$executeRaw`
      INSERT INTO "EngineRun" (id, "functionId", "eventId", event, "maxAttempts", "parentRunId", "parentStepId", "startedAt")
      VALUES (${runId}, ${fn.id}, ${eventId}, ${JSON.stringify(event)}::jsonb, ${fn.maxAttempts},
              ${parent?.runId ?? null}, ${parent?.stepId ?? null}, now())
      ON CONFLICT ("eventId", "functionId") DO NOTHING`;
    return created === 1 ? runId : null;
  }

  private async resumeWaits(event: EngineEventPayload): Promise<void> {
    // Indexed waits (made with `match`): one lookup per path in use for this event name.
    const paths = await this.db.engineWait.findMany({
      where: { eventName: event.name, resolvedAt: null, matchPath: { not: null } },
      distinct: ["matchPath"],
      select: { matchPath: true },
    });
    const candidates = [];
    for (const { matchPath } of paths) {
      const value = valueAt(event, matchPath!);
      if (value === undefined) continue;
      candidates.push(
        ...(await this.db.engineWait.findMany({
          where: { eventName: event.name, resolvedAt: null, matchPath, matchValue: JSON.stringify(value) },
          include: { run: { select: { event: true, status: true } } },
          orderBy: { createdAt: "asc" },
        })),
      );
    }
    // Other waits: their CEL condition is tested one by one.
    candidates.push(
      ...(await this.db.engineWait.findMany({
        where: { kind: "EVENT", eventName: event.name, resolvedAt: null, matchPath: null },
        include: { run: { select: { event: true, status: true } } },
        orderBy: { createdAt: "asc" },
      })),
    );
    for (const wait of candidates) {
      if (wait.run.status !== "RUNNING") continue;
      if (!matches(wait.expression, { event: wait.run.event, async: event })) continue;
      if (await this.resolveWait(wait.id, "event", { runId: wait.runId, stepId: wait.stepId, name: wait.name, op: "WaitForEvent", result: { data: event } })) {
        this.schedule(wait.runId);
      }
    }
  }

  private async applyCancellations(event: EngineEventPayload): Promise<void> {
    for (const fn of this.functions.values()) {
      const rules = fn.cancel.filter((rule) => rule.event === event.name);
      if (rules.length === 0) continue;
      const runs = await this.db.engineRun.findMany({ where: { functionId: fn.id, status: "RUNNING" }, select: { id: true, event: true } });
      for (const run of runs) {
        if (rules.some((rule) => matches(rule.if, { event: run.event, async: event }))) {
          await this.cancelRun(run.id, event);
        }
      }
    }
  }

  private async cancelRun(runId: string, cause: EngineEventPayload): Promise<void> {
    const { count } = await this.db.engineRun.updateMany({
      where: { id: runId, status: "RUNNING" },
      data: { status: "CANCELLED", endedAt: new Date(), error: { message: `cancelled by ${cause.name}`, eventId: cause.id } },
    });
    if (count === 0) return;
    await this.db.engineWait.updateMany({ where: { runId, resolvedAt: null }, data: { resolvedAt: new Date(), resolution: "cancelled" } });
    const run = await this.db.engineRun.findUniqueOrThrow({ where: { id: runId } });
    await this.receive([{ name: FUNCTION_CANCELLED, data: { function_id: run.functionId, run_id: runId, event: run.event, cancelled_by: cause } }]);
    this.log(`run ${runId} of ${run.functionId} cancelled by ${cause.name}`);
  }

  // ------------------------------------------------------------------ waits and timers

  /**
   * Resolves an open wait once (a conditional update: of two resolutions racing, one wins) and records the step
   * result the SDK will replay, in the same transaction.
   */
  private async resolveWait(
    waitId: string,
    resolution: string,
    step?: { runId: string; stepId: string; name: string; op: string; result: StepResult },
  ): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const { count } = await tx.engineWait.updateMany({ where: { id: waitId, resolvedAt: null }, data: { resolvedAt: new Date(), resolution } });
      if (count === 0) return false;
      if (step) await this.recordStep(tx, step.runId, step.stepId, step.name, step.op, step.result);
      return true;
    });
  }

  private async createWait(data: Prisma.EngineWaitUncheckedCreateInput): Promise<void> {
    await this.db.engineWait.create({ data });
    if (data.wakeAt) this.wakeAt(new Date(data.wakeAt).getTime());
  }

  private wakeAt(time: number): void {
    if (this.stopped || time >= this.nextWake) return;
    clearTimeout(this.timer);
    this.nextWake = time;
    this.timer = setTimeout(() => void this.fireTimers(), Math.max(0, time - Date.now()));
  }

  private async armTimer(): Promise<void> {
    const next = await this.db.engineWait.findFirst({ where: { resolvedAt: null, wakeAt: { not: null } }, orderBy: { wakeAt: "asc" } });
    if (next?.wakeAt) this.wakeAt(next.wakeAt.getTime());
  }

  private async fireTimers(): Promise<void> {
    this.nextWake = Infinity;
    if (this.stopped) return;
    const due = await this.db.engineWait.findMany({ where: { resolvedAt: null, wakeAt: { lte: new Date() } }, orderBy: { wakeAt: "asc" } });
    for (const wait of due) {
      const step = { runId: wait.runId, stepId: wait.stepId, name: wait.name };
      let resolved = false;
      switch (wait.kind) {
        case "SLEEP":
          resolved = await this.resolveWait(wait.id, "slept", { ...step, op: "Sleep", result: { data: null } });
          break;
        case "EVENT":
          resolved = await this.resolveWait(wait.id, "timeout", { ...step, op: "WaitForEvent", result: { data: null } });
          break;
        case "INVOKE":
          resolved = await this.resolveWait(wait.id, "timeout", {
            ...step,
            op: "InvokeFunction",
            result: { error: { name: "InngestInvokeTimeoutError", message: "Timed out waiting for the invoked function to complete" } },
          });
          break;
        case "RETRY":
          resolved = await this.resolveWait(wait.id, "retried");
          break;
      }
      if (resolved) this.schedule(wait.runId);
    }
    await this.armTimer();
  }

  // ------------------------------------------------------------------ driving a run

  /** Asks for a pass over a run; passes of one run never overlap, and a request during a pass is not lost. */
  schedule(runId: string): void {
    const current = this.drives.get(runId);
    if (current) {
      current.again = true;
      return;
    }
    const entry = { again: false, done: Promise.resolve() };
    entry.done = (async () => {
      do {
        entry.again = false;
        try {
          await this.drive(runId);
        } catch (error) {
          this.log(`run ${runId}: ${(error as Error).stack ?? error}`);
        }
      } while (entry.again && !this.stopped);
      this.drives.delete(runId);
      if (this.drives.size === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
    })();
    this.drives.set(runId, entry);
  }

  /** Resolves when no run is being driven (waits and timers may still be pending). */
  whenIdle(): Promise<void> {
    if (this.drives.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private async drive(runId: string): Promise<void> {
    const run = await this.db.engineRun.findUnique({ where: { id: runId }, include: { steps: { orderBy: { seq: "asc" } } } });
    if (!run || run.status !== "RUNNING") return;
    const fn = this.functions.get(run.functionId);
    if (!fn) return this.failRun(runId, { name: "Error", message: `function ${run.functionId} is not registered with the executor` });
    const openWaits = await this.db.engineWait.findMany({ where: { runId, resolvedAt: null }, select: { stepId: true, kind: true } });
    if (openWaits.some((w) => w.kind === "RETRY")) return; // back off until the retry timer fires
    // The run is kept in memory for this drive: steps recorded here are appended to it, waits made here are added.
    const state: DriveState = { ...run, openWaitSteps: new Set(openWaits.map((w) => w.stepId)) };
    let retryStep = run.attempt > 0 ? await this.pendingRetryStep(runId) : null;
    for (let pass = 0; pass < 10_000 && !this.stopped; pass++) {
      const response = await this.call(fn, state, retryStep ?? "step");
      retryStep = null;
      if (!(await this.handle(fn, state, response))) return;
      if (state.status !== "RUNNING") return;
    }
  }

  /** The step a fired RETRY was for, so the next call asks the SDK for exactly that step again. */
  private async pendingRetryStep(runId: string): Promise<string | null> {
    const last = await this.db.engineWait.findFirst({ where: { runId, kind: "RETRY", resolution: "retried" }, orderBy: { createdAt: "desc" } });
    if (!last || last.stepId === "run") return null;
    const done = await this.db.engineStep.findUnique({ where: { runId_stepId: { runId, stepId: last.stepId } } });
    return done ? null : last.stepId;
  }

  private async call(fn: RegisteredFunction, run: DriveState, stepId: string): Promise<CallResponse> {
    const body = {
      event: run.event,
      events: [run.event],
      steps: Object.fromEntries(run.steps.map((s) => [s.stepId, s.result])),
      ctx: {
        run_id: run.id,
        attempt: run.attempt,
        max_attempts: run.maxAttempts,
        disable_immediate_execution: run.parallel,
        use_api: false,
        stack: { stack: run.steps.map((s) => s.stepId), current: run.steps.length },
      },
      version: 2,
    };
    const url = new URL(fn.url);
    url.searchParams.set("fnId", fn.id);
    url.searchParams.set("stepId", stepId);
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-inngest-signature": signBody(body, this.options.signingKey),
          "x-inngest-server-kind": "cloud",
        },
        body: JSON.stringify(body),
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        // not JSON: kept as text for the error report
      }
      const retryAfter = response.headers.get("retry-after");
      return {
        status: response.status,
        noRetry: response.headers.get("x-inngest-no-retry") === "true",
        retryAfterMs: retryAfter ? parseRetryAfter(retryAfter) : null,
        body: parsed,
      };
    } catch (error) {
      // The app did not answer (restarting, overloaded): a retriable failure of the run.
      return { status: 599, noRetry: false, retryAfterMs: null, body: { name: "FetchError", message: (error as Error).message } };
    }
  }

  /** Applies one SDK response; returns whether the run should be called again at once. */
  private async handle(fn: RegisteredFunction, run: DriveState, response: CallResponse): Promise<boolean> {
    if (response.status === 200) {
      await this.completeRun(run.id, response.body);
      run.status = "COMPLETED";
      return false;
    }
    if (response.status === 206 && Array.isArray(response.body)) {
      return this.handleOps(fn, run, response.body as Op[]);
    }
    if (response.status === 401 || response.status === 403) {
      await this.failRun(run.id, { name: "Unauthorized", message: `the app refused the executor's call (${response.status}): are the signing keys the same?` });
      run.status = "FAILED";
      return false;
    }
    // A failure outside any step: retried as a whole, unless the SDK says not to or attempts are spent.
    const error = errorFrom(response.body);
    if (response.noRetry || run.attempt + 1 >= run.maxAttempts) {
      await this.failRun(run.id, error);
      run.status = "FAILED";
      return false;
    }
    await this.retryLater(run.id, "run", "function", run.attempt, response.retryAfterMs);
    return false;
  }

  private async handleOps(fn: RegisteredFunction, run: DriveState, ops: Op[]): Promise<boolean> {
    const fresh = ops.filter((op) => !run.openWaitSteps.has(op.id));
    if (fresh.length === 0) return false; // only waits that are already registered: nothing to do until they resolve
    if (ops.length > 1 && !run.parallel) {
      await this.db.engineRun.update({ where: { id: run.id }, data: { parallel: true } });
      run.parallel = true;
    }
    // Waits first: a wait reported beside the step that announces it must exist before that step runs.
    const planned: Op[] = [];
    for (const op of fresh) {
      const name = op.displayName ?? op.name ?? op.id;
      switch (op.op) {
        case "WaitForEvent": {
          const timeout = typeof op.opts?.timeout === "string" ? op.opts.timeout : null;
          const eventName = typeof op.opts?.event === "string" ? op.opts.event : op.name;
          const expression = typeof op.opts?.if === "string" ? op.opts.if : null;
          const matchPath = matchPathOf(expression);
          const matchValue = matchPath ? valueAt(run.event, matchPath) : undefined;
          await this.createWait({
            runId: run.id,
            stepId: op.id,
            kind: "EVENT",
            name,
            eventName: eventName ?? null,
            expression,
            ...(matchPath && matchValue !== undefined ? { matchPath, matchValue: JSON.stringify(matchValue) } : {}),
            wakeAt: timeout ? new Date(wakeTimeFor(timeout, Date.now()) ?? Date.now()) : null,
          });
          run.openWaitSteps.add(op.id);
          break;
        }
        case "Sleep": {
          const until = wakeTimeFor(String(op.opts?.duration ?? op.name ?? ""), Date.now());
          if (until === null) {
            await this.failRun(run.id, { name: "Error", message: `step "${name}": cannot read the sleep "${op.name}"` });
            return false;
          }
          await this.createWait({ runId: run.id, stepId: op.id, kind: "SLEEP", name, wakeAt: new Date(until) });
          run.openWaitSteps.add(op.id);
          break;
        }
        case "InvokeFunction": {
          await this.invoke(run, op, name);
          break;
        }
        case "StepPlanned":
          planned.push(op);
          break;
        case "StepRun":
        case "Step":
          await this.completeStep(run, op.id, name, op.op, { data: op.data ?? null });
          break;
        case "StepFailed":
          await this.completeStep(run, op.id, name, op.op, { error: op.error ?? null });
          break;
        case "StepError":
          await this.stepError(run, op, name);
          return false;
        case "RunComplete":
          await this.completeRun(run.id, op.data ?? null);
          run.status = "COMPLETED";
          return false;
        default:
          await this.failRun(run.id, { name: "Error", message: `step "${name}" uses ${op.op}, which the embedded executor does not implement` });
          run.status = "FAILED";
          return false;
      }
    }
    for (const op of planned) {
      if (run.status !== "RUNNING" || this.stopped) return false;
      const response = await this.call(fn, run, op.id);
      if (response.status === 206 && Array.isArray(response.body)) {
        const [result] = response.body as Op[];
        if (result?.op === "StepError") {
          await this.stepError(run, result, result.displayName ?? result.name ?? op.displayName ?? op.id);
          continue;
        }
        await this.handleOps(fn, run, response.body as Op[]);
        continue;
      }
      await this.handle(fn, run, response);
    }
    return run.status === "RUNNING" && !run.retrying;
  }

  /** Records a finished step and keeps the drive's copy of the run in step. */
  private async completeStep(run: DriveState, stepId: string, name: string, op: string, result: StepResult): Promise<void> {
    await this.recordStep(this.db, run.id, stepId, name, op, result);
    run.steps.push({ stepId, result });
    await this.resetAttempt(run.id, run);
  }

  private async stepError(run: DriveState, op: Op, name: string): Promise<void> {
    if (run.attempt + 1 >= run.maxAttempts) {
      // The SDK marks the last attempt StepFailed itself; this is the fallback should it not.
      await this.completeStep(run, op.id, name, "StepFailed", { error: op.error ?? null });
      this.schedule(run.id);
      return;
    }
    await this.retryLater(run.id, op.id, name, run.attempt, null);
    run.retrying = true;
  }

  private async retryLater(runId: string, stepId: string, name: string, attempt: number, retryAfterMs: number | null): Promise<void> {
    const delay = retryAfterMs ?? Math.min(this.retryBaseMs * 2 ** attempt, 5 * 60_000);
    await this.db.engineRun.update({ where: { id: runId }, data: { attempt: attempt + 1 } });
    await this.createWait({ runId, stepId, kind: "RETRY", name: `retry ${name} (attempt ${attempt + 2})`, wakeAt: new Date(Date.now() + delay) });
  }

  private async resetAttempt(runId: string, run: { attempt: number }): Promise<void> {
    if (run.attempt === 0) return;
    await this.db.engineRun.update({ where: { id: runId }, data: { attempt: 0 } });
    run.attempt = 0;
  }

  private async recordStep(db: Prisma.TransactionClient | Db, runId: string, stepId: string, name: string, op: string, result: StepResult): Promise<void> {
    // seq comes from the same statement, so the replay order is the completion order even under races.
    await db.$executeRaw`
      INSERT INTO "EngineStep" ("runId", "stepId", name, op, result, seq, "startedAt", "endedAt")
      SELECT ${runId}, ${stepId}, ${name}, ${op}, ${JSON.stringify(result)}::jsonb,
             coalesce((SELECT max(seq) + 1 FROM "EngineStep" WHERE "runId" = ${runId}), 0), now(), now()
      ON CONFLICT ("runId", "stepId") DO NOTHING`;
  }

  private async invoke(run: DriveState, op: Op, name: string): Promise<void> {
    const runId = run.id;
    const functionId = String(op.opts?.function_id ?? "");
    const target = this.functions.get(functionId);
    const timeout = typeof op.opts?.timeout === "string" ? op.opts.timeout : null;
    if (!target) {
      await this.completeStep(run, op.id, name, "InvokeFunction", {
        error: { name: "Error", message: `step.invoke: no function "${functionId}" is registered` },
      });
      return;
    }
    const payload = (op.opts?.payload ?? {}) as { data?: Record<string, unknown> };
    const event: EngineEventPayload = { id: randomUUID(), name: FUNCTION_INVOKED, data: payload.data ?? {}, ts: Date.now() };
    const childRunId = await this.createRun(target, event, `invoke:${runId}:${op.id}`, { runId, stepId: op.id });
    await this.createWait({
      runId,
      stepId: op.id,
      kind: "INVOKE",
      name,
      childRunId,
      wakeAt: timeout ? new Date(wakeTimeFor(timeout, Date.now()) ?? Date.now()) : null,
    });
    run.openWaitSteps.add(op.id);
    if (childRunId) this.schedule(childRunId);
  }

  // ------------------------------------------------------------------ endings

  private async completeRun(runId: string, output: unknown): Promise<void> {
    const { count } = await this.db.engineRun.updateMany({
      where: { id: runId, status: "RUNNING" },
      data: { status: "COMPLETED", output: (output ?? Prisma.JsonNull) as Prisma.InputJsonValue, endedAt: new Date() },
    });
    if (count === 1) await this.settleParent(runId, { data: output ?? null });
  }

  private async failRun(runId: string, error: unknown): Promise<void> {
    const { count } = await this.db.engineRun.updateMany({
      where: { id: runId, status: "RUNNING" },
      data: { status: "FAILED", error: error as Prisma.InputJsonValue, endedAt: new Date() },
    });
    if (count === 0) return;
    const run = await this.db.engineRun.findUniqueOrThrow({ where: { id: runId } });
    this.log(`run ${runId} of ${run.functionId} failed: ${(error as { message?: string })?.message ?? "unknown error"}`);
    await this.settleParent(runId, { error });
    // onFailure handlers are functions triggered by this event (the SDK registers them as "<id>-failure").
    await this.receive([{ name: FUNCTION_FAILED, data: { function_id: run.functionId, run_id: runId, error, event: run.event } }]);
  }

  private async settleParent(childRunId: string, result: StepResult): Promise<void> {
    const child = await this.db.engineRun.findUnique({ where: { id: childRunId } });
    if (!child?.parentRunId || !child.parentStepId) return;
    const wait = await this.db.engineWait.findFirst({ where: { runId: child.parentRunId, stepId: child.parentStepId, kind: "INVOKE", resolvedAt: null } });
    if (!wait) return;
    if (await this.resolveWait(wait.id, "finished", { runId: child.parentRunId, stepId: child.parentStepId, name: wait.name, op: "InvokeFunction", result })) {
      this.schedule(child.parentRunId);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await Promise.all([...this.drives.values()].map((d) => d.done));
  }
}

function parseRetryAfter(value: string): number | null {
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

function errorFrom(body: unknown): unknown {
  if (body && typeof body === "object") return body;
  return { name: "Error", message: typeof body === "string" && body ? body.slice(0, 2000) : "the function failed" };
}
