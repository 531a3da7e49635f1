import { randomUUID } from "node:crypto";
import type { EngineStore, NewWait, RunRow, StepResult, StoredEvent } from "./engine-store";
import type { Endings } from "./endings";
import type { FunctionRegistry, RegisteredFunction } from "./function-registry";
import type { NewlyMadeRun } from "./intake";
import type { Matching } from "./matching";
import {
  callFunction,
  errorFrom,
  eventWaitOf,
  FUNCTION_INVOKED,
  invocationOf,
  opsOf,
  sleepEndOf,
  stepNameOf,
  timeoutAt,
  type CallResponse,
  type Op,
} from "./protocol";
import type { Timers } from "./timers";

/**
 * Drives runs: calls the app for a run's next step and applies the answer, again and again until the run ends or
 * waits (for an event, a sleep, an invoked run or a retry). Passes over one run never overlap. A failed step or
 * function is retried after a growing delay until its attempts are spent; step.invoke starts a child run.
 */

/** A run as one drive sees it: loaded once, then kept up to date by the drive itself. */
type DriveState = Omit<RunRow, "openWaits"> & {
  openWaitSteps: Set<string>;
  /** A step or the function failed in this drive and waits for its retry timer. */
  retrying?: boolean;
  /**
   * Step results being written while the app runs the next step (the call's body carries them anyway). The
   * drive waits for them before it handles that call's answer and before it ends. One connection keeps writes
   * in order, so a crash can lose only the latest steps, which then run again: steps are at-least-once.
   */
  unsaved: Promise<void>[];
};

export type DriveOptions = {
  signingKey: string;
  /** First retry after this many ms, doubling each time. */
  retryBaseMs: number;
  log: (message: string) => void;
};

export class Drive {
  /** Per run: the drive in progress, and whether another pass was asked for meanwhile. */
  private drives = new Map<string, { again: boolean; done: Promise<void> }>();
  /** Runs just created: their first drive needs nothing from the database. */
  private freshRuns = new Map<string, RunRow>();
  private idleWaiters: (() => void)[] = [];
  private stopped = false;

  constructor(
    private readonly store: EngineStore,
    private readonly functions: FunctionRegistry,
    private readonly rooms: { matching: Matching; timers: Timers; endings: Endings },
    private readonly options: DriveOptions,
  ) {}

  /** Drives a run just made, from what its maker knows of it. */
  start(run: NewlyMadeRun): void {
    this.freshRuns.set(run.id, { ...run, status: "RUNNING", attempt: 0, parallel: false, steps: [], openWaits: [] });
    this.schedule(run.id);
  }

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
          this.options.log(`run ${runId}: ${(error as Error).stack ?? error}`);
        }
      } while (entry.again && !this.stopped);
      this.drives.delete(runId);
      if (this.drives.size === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
    })();
    this.drives.set(runId, entry);
  }

  /** Resolves when no run is being driven. */
  async whenIdle(): Promise<void> {
    if (this.drives.size === 0) return;
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Begins no new call; the passes under way end after their current call (see `settled`). */
  halt(): void {
    this.stopped = true;
  }

  async settled(): Promise<void> {
    await Promise.all([...this.drives.values()].map((d) => d.done));
  }

  private async drive(runId: string): Promise<void> {
    const fresh = this.freshRuns.get(runId);
    this.freshRuns.delete(runId);
    const run = fresh ?? (await this.store.loadRun(runId));
    if (!run || run.status !== "RUNNING") return;
    const fn = this.functions.get(run.functionId);
    if (!fn) return this.rooms.endings.fail(runId, { name: "Error", message: `function ${run.functionId} is not registered with the executor` });
    if (run.openWaits.some((w) => w.kind === "RETRY")) return; // back off until the retry timer fires
    // The run is kept in memory for this drive: steps recorded here are appended to it, waits made here are added.
    const { openWaits, ...rest } = run;
    const state: DriveState = { ...rest, openWaitSteps: new Set(openWaits.map((w) => w.stepId)), unsaved: [] };
    let retryStep = run.attempt > 0 ? await this.store.pendingRetryStep(runId) : null;
    try {
      for (let pass = 0; pass < 10_000 && !this.stopped; pass++) {
        const response = await this.call(fn, state, retryStep ?? "step");
        retryStep = null;
        await this.saved(state);
        if (!(await this.handle(fn, state, response))) return;
      }
    } finally {
      await this.saved(state);
    }
  }

  /** Waits for the drive's step writes; a failed write fails the drive here (the run is driven again later). */
  private async saved(run: DriveState): Promise<void> {
    await Promise.all(run.unsaved.splice(0));
  }

  private call(fn: RegisteredFunction, run: DriveState, stepId: string): Promise<CallResponse> {
    return callFunction(fn, run, stepId, this.options.signingKey, this.options.log);
  }

  /** Applies one SDK response; returns whether the run should be called again at once. */
  private async handle(fn: RegisteredFunction, run: DriveState, response: CallResponse): Promise<boolean> {
    if (response.status === 200) {
      await this.complete(run, response.body);
      return false;
    }
    const ops = opsOf(response);
    if (ops) return this.handleOps(fn, run, ops);
    if (response.status === 401 || response.status === 403) {
      await this.fail(run, { name: "Unauthorized", message: `the app refused the executor's call (${response.status}): are the signing keys the same?` });
      return false;
    }
    // A failure outside any step: retried as a whole, unless the SDK says not to or attempts are spent.
    if (response.noRetry || run.attempt + 1 >= run.maxAttempts) {
      await this.fail(run, errorFrom(response.body));
      return false;
    }
    await this.retryLater(run, "run", "function", response.retryAfterMs);
    return false;
  }

  /**
   * Applies the ops of one 206 answer. Waits are made first: a wait reported beside the step that announces it
   * must exist before that step runs. Returns whether a step finished (only then is another call useful).
   */
  private async handleOps(fn: RegisteredFunction, run: DriveState, ops: Op[]): Promise<boolean> {
    const fresh = ops.filter((op) => !run.openWaitSteps.has(op.id));
    if (fresh.length === 0) return false; // only waits that are already registered: nothing to do until they resolve
    if (ops.length > 1 && !run.parallel) {
      run.parallel = true;
      await this.store.setRunFlags(run.id, { parallel: true });
    }
    const planned: Op[] = [];
    let stepsFinished = 0;
    for (const op of fresh) {
      const name = stepNameOf(op);
      switch (op.op) {
        case "WaitForEvent":
          await this.createWait(run, { stepId: op.id, kind: "EVENT", name, ...eventWaitOf(op, run.event) });
          break;
        case "Sleep": {
          const until = sleepEndOf(op);
          if (until === null) {
            await this.fail(run, { name: "Error", message: `step "${name}": cannot read the sleep "${op.name}"` });
            return false;
          }
          await this.createWait(run, { stepId: op.id, kind: "SLEEP", name, wakeAt: until });
          break;
        }
        case "InvokeFunction":
          await this.invoke(run, op, name);
          break;
        case "StepPlanned":
          planned.push(op);
          break;
        case "StepRun":
        case "Step":
          await this.completeStep(run, op.id, name, op.op, { data: op.data ?? null });
          stepsFinished++;
          break;
        case "StepFailed":
          await this.completeStep(run, op.id, name, op.op, { error: op.error ?? null });
          stepsFinished++;
          break;
        case "StepError":
          await this.stepError(run, op, name);
          return false;
        case "RunComplete":
          await this.complete(run, op.data ?? null);
          return false;
        default:
          await this.fail(run, { name: "Error", message: `step "${name}" uses ${op.op}, which the embedded executor does not implement` });
          return false;
      }
    }
    for (const op of planned) {
      if (run.status !== "RUNNING" || this.stopped) return false;
      const response = await this.call(fn, run, op.id);
      const ops = opsOf(response);
      if (ops) {
        const [result] = ops;
        if (result?.op === "StepError") {
          await this.stepError(run, result, result.displayName ?? result.name ?? op.displayName ?? op.id);
          continue;
        }
        if (await this.handleOps(fn, run, ops)) stepsFinished++;
        continue;
      }
      await this.handle(fn, run, response);
    }
    return stepsFinished > 0 && run.status === "RUNNING" && !run.retrying;
  }

  private async createWait(run: DriveState, wait: Omit<NewWait, "runId">): Promise<void> {
    if (wait.kind === "EVENT" && wait.eventName) this.rooms.matching.noteWaitedEvent(wait.eventName, wait.matchPath ?? null);
    await this.store.createWait({ runId: run.id, ...wait });
    run.openWaitSteps.add(wait.stepId);
    if (wait.wakeAt != null) this.rooms.timers.wakeAt(wait.wakeAt);
  }

  /** Records a finished step and keeps the drive's copy of the run in step. */
  private async completeStep(run: DriveState, stepId: string, name: string, op: string, result: StepResult): Promise<void> {
    const write = this.store.recordStep(run.id, stepId, name, op, result);
    write.catch(() => {}); // raised where the drive waits for it, never as an unhandled rejection
    run.unsaved.push(write);
    run.steps.push({ stepId, result });
    if (run.attempt !== 0) {
      run.attempt = 0;
      await this.store.setRunFlags(run.id, { attempt: 0 });
    }
  }

  private async stepError(run: DriveState, op: Op, name: string): Promise<void> {
    if (run.attempt + 1 >= run.maxAttempts) {
      // The SDK marks the last attempt StepFailed itself; this is the fallback should it not.
      await this.completeStep(run, op.id, name, "StepFailed", { error: op.error ?? null });
      this.schedule(run.id);
      return;
    }
    await this.retryLater(run, op.id, name, null);
  }

  private async retryLater(run: DriveState, stepId: string, name: string, retryAfterMs: number | null): Promise<void> {
    const delay = retryAfterMs ?? Math.min(this.options.retryBaseMs * 2 ** run.attempt, 5 * 60_000);
    run.attempt += 1;
    run.retrying = true;
    await this.store.setRunFlags(run.id, { attempt: run.attempt });
    await this.createWait(run, { stepId, kind: "RETRY", name: `retry ${name} (attempt ${run.attempt + 1})`, wakeAt: Date.now() + delay });
  }

  private async invoke(run: DriveState, op: Op, name: string): Promise<void> {
    const { functionId, data } = invocationOf(op);
    const target = this.functions.get(functionId);
    if (!target) {
      await this.completeStep(run, op.id, name, "InvokeFunction", {
        error: { name: "Error", message: `step.invoke: no function "${functionId}" is registered` },
      });
      return;
    }
    const event: StoredEvent = { id: randomUUID(), name: FUNCTION_INVOKED, data, ts: Date.now() };
    const childRunId = await this.store.createRun({
      functionId: target.id,
      eventId: `invoke:${run.id}:${op.id}`,
      event,
      maxAttempts: target.maxAttempts,
      parentRunId: run.id,
      parentStepId: op.id,
    });
    await this.createWait(run, { stepId: op.id, kind: "INVOKE", name, childRunId, wakeAt: timeoutAt(op) });
    if (childRunId) this.start({ id: childRunId, functionId: target.id, event, maxAttempts: target.maxAttempts });
  }

  private async complete(run: DriveState, output: unknown): Promise<void> {
    run.status = "COMPLETED";
    await this.rooms.endings.complete(run.id, output);
  }

  private async fail(run: DriveState, error: unknown): Promise<void> {
    await this.rooms.endings.fail(run.id, error);
    run.status = "FAILED";
  }
}
