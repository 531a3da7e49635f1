import { randomUUID } from "node:crypto";
import { wakeTimeFor } from "./durations";
import { EngineStore, runKey, type NewRun, type RunRow, type StepResult, type StoredEvent, type WaitKey, type WaitRow } from "./engine-store";
import { matches, matchPathOf, nameMatches, valueAt } from "./expressions";
import { checkFunctions, type RegisteredFunction } from "./function-registry";
import type { SqlPort } from "./ports";
import { postToApp } from "./post-to-app";
import { hasValidSignature, signBody } from "./signing";

/**
 * The embedded workflow executor: what Inngest's server does for the app's functions, on one machine. It keeps
 * every run's state in the app's database and drives the functions through the SDK's own HTTP protocol at
 * /api/inngest (call request in, 200 / 206 ops / error out). After a crash and restart every run goes on from what
 * was recorded: waits still match, timers still fire, no recorded step runs again (steps are at-least-once).
 */

export type EngineEventPayload = StoredEvent;

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

export type EngineOptions = {
  signingKey: string;
  /** The app's serve endpoint: the only address the executor calls, whatever a sync says (see checkFunctions). */
  appUrl?: string;
  /** First retry after this many ms, doubling each time (Inngest's own schedule is far slower). */
  retryBaseMs?: number;
  log?: (message: string) => void;
};

/** At most this many events are dispatched together (a bound on one lookup's size, not on throughput). */
const MAX_DISPATCH_BATCH = 500;

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
  private readonly store: EngineStore;
  private readonly retryBaseMs: number;
  private readonly log: (message: string) => void;
  private idleWaiters: (() => void)[] = [];
  /**
   * Event names that open waits wait for, with their `match` paths (null: a CEL condition to test). An event no
   * wait needs costs no lookup. Only this process makes waits, so the set is loaded once and then kept here.
   */
  private waitedEvents = new Map<string, Set<string | null>>();
  /** Runs just created: their first drive needs nothing from the database. */
  private freshRuns = new Map<string, RunRow>();
  /** Events dispatched but not yet marked so: marked together, a moment later (one statement instead of many). */
  private dispatchedIds: string[] = [];
  /**
   * Events stored but not yet dispatched, in arrival order. They are dispatched after their sender has its answer,
   * in batches: whatever arrived while the previous batch was dispatched goes together, in a few statements.
   */
  private queue: EngineEventPayload[] = [];
  private dispatching: Promise<void> | undefined;
  private markTimer: NodeJS.Timeout | undefined;
  private firing: Promise<void> | undefined;

  constructor(
    sql: SqlPort,
    private readonly options: EngineOptions,
  ) {
    this.store = new EngineStore(sql);
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
    const functions = checkFunctions(rawFunctions, this.options.appUrl);
    this.functions = new Map(functions.map((fn) => [fn.id, fn]));
    const first = !this.synced;
    this.synced = true;
    if (first) void this.resume().catch((error: unknown) => this.log(`resuming after start failed: ${(error as Error).stack}`));
    return functions;
  }

  /** After a (re)start: dispatch what was received but not dispatched, drive unfinished runs, arm timers. */
  private async resume(): Promise<void> {
    for (const { eventName, matchPath } of await this.store.waitedEvents()) this.noteWaitedEvent(eventName, matchPath);
    for (const event of await this.store.undispatchedEvents()) this.enqueue(event);
    await this.dispatching;
    for (const { id } of await this.store.runningRunIds()) this.schedule(id);
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
      // Inngest de-duplicates by event id: the same id twice starts nothing twice. Once stored, the event is safe
      // (a crash before dispatch is repaired at start), so the sender does not wait for its runs to be made.
      if ((await this.store.insertEvent(event)) && this.synced) this.enqueue(event);
    }
    return ids;
  }

  private enqueue(event: EngineEventPayload): void {
    this.queue.push(event);
    this.dispatching ??= this.dispatchQueued();
  }

  private async dispatchQueued(): Promise<void> {
    for (;;) {
      const batch = this.queue.splice(0, MAX_DISPATCH_BATCH);
      if (batch.length === 0) {
        this.dispatching = undefined; // in the same tick as the check: a later event starts a new loop
        return;
      }
      try {
        await this.dispatch(batch);
      } catch (error) {
        this.log(`dispatching ${batch.map((e) => e.name).join(", ")}: ${(error as Error).message}`);
      }
    }
  }

  /**
   * Dispatches a batch of events as if one after another: cancellations, then waits (each wait goes to the first
   * event of the batch it matches), then new runs. Inngest orders nothing between events that arrive together.
   */
  private async dispatch(events: EngineEventPayload[]): Promise<void> {
    await this.applyCancellations(events);
    await this.resumeWaits(events);
    await this.startRuns(events);
    // A crash before the mark only means the events are dispatched again at restart, which changes nothing:
    // runs are made once per event, and a resolved wait does not resolve twice.
    this.dispatchedIds.push(...events.map((e) => e.id));
    this.markTimer ??= setTimeout(() => void this.flushDispatched(), 20);
  }

  private async flushDispatched(): Promise<void> {
    this.markTimer = undefined;
    const ids = this.dispatchedIds.splice(0);
    if (ids.length > 0) await this.store.markDispatched(ids).catch((error: unknown) => this.log(`marking events: ${(error as Error).message}`));
  }

  private noteWaitedEvent(eventName: string, matchPath: string | null): void {
    let paths = this.waitedEvents.get(eventName);
    if (!paths) this.waitedEvents.set(eventName, (paths = new Set()));
    paths.add(matchPath);
  }

  /** One run per (event, function) whose trigger the event meets, all made in one statement. */
  private async startRuns(events: EngineEventPayload[]): Promise<void> {
    const wanted: NewRun[] = [];
    for (const event of events) {
      for (const fn of this.functions.values()) {
        if (fn.triggers.some((t) => nameMatches(t.event, event.name) && matches(t.expression, { event }))) {
          wanted.push({ functionId: fn.id, eventId: event.id, event, maxAttempts: fn.maxAttempts });
        }
      }
    }
    if (wanted.length === 0) return;
    const created = await this.store.createRuns(wanted);
    for (const run of wanted) {
      const id = created.get(runKey(run));
      if (id) this.scheduleFresh({ id, functionId: run.functionId, event: run.event, maxAttempts: run.maxAttempts });
    }
  }

  /** Finds, in one lookup, the open waits the batch may resume, then gives each to the first event it matches. */
  private async resumeWaits(events: EngineEventPayload[]): Promise<void> {
    // Each event's lookup keys: its name (for waits with a general CEL condition), and name, path and value at
    // each `match` path a wait for it uses (the value as JSON text, as the wait stored it).
    const keysOf = new Map<EngineEventPayload, string[]>();
    const matchKeys = new Map<string, WaitKey>();
    const general = new Set<string>();
    for (const event of events) {
      const paths = this.waitedEvents.get(event.name);
      if (!paths) continue;
      const keys = [event.name];
      for (const path of paths) {
        if (path === null) {
          general.add(event.name);
          continue;
        }
        const value = valueAt(event, path);
        if (value === undefined) continue;
        const key = { eventName: event.name, path, value: JSON.stringify(value) };
        keys.push(waitKey(key));
        matchKeys.set(waitKey(key), key);
      }
      keysOf.set(event, keys);
    }
    if (keysOf.size === 0) return;
    const byKey = new Map<string, WaitRow[]>();
    for (const wait of await this.store.waitsFor([...matchKeys.values()], [...general])) {
      const eventName = wait.eventName ?? "";
      const key = wait.matchPath === null ? eventName : waitKey({ eventName, path: wait.matchPath, value: wait.matchValue ?? "" });
      const list = byKey.get(key);
      if (list) list.push(wait);
      else byKey.set(key, [wait]);
    }
    const taken = new Set<string>();
    const resolutions: Promise<void>[] = [];
    for (const [event, keys] of keysOf) {
      for (const wait of keys.flatMap((key) => byKey.get(key) ?? [])) {
        if (taken.has(wait.id) || wait.runStatus !== "RUNNING") continue;
        if (!matches(wait.expression, { event: wait.runEvent, async: event })) continue;
        taken.add(wait.id);
        resolutions.push(
          this.store.resolveWait(wait.id, "event", { name: wait.name, op: "WaitForEvent", result: { data: event } }).then((resolved) => {
            if (resolved) this.schedule(wait.runId);
          }),
        );
      }
    }
    await Promise.all(resolutions);
  }

  private async applyCancellations(events: EngineEventPayload[]): Promise<void> {
    for (const fn of this.functions.values()) {
      const causes = events.filter((event) => fn.cancel.some((rule) => rule.event === event.name));
      if (causes.length === 0) continue;
      const running = await this.store.runningRunIds(fn.id);
      const cancelled = new Set<string>();
      for (const event of causes) {
        const rules = fn.cancel.filter((rule) => rule.event === event.name);
        for (const run of running) {
          if (cancelled.has(run.id)) continue;
          if (rules.some((rule) => matches(rule.if, { event: run.event, async: event }))) {
            cancelled.add(run.id);
            await this.cancelRun(run.id, event);
          }
        }
      }
    }
  }

  private async cancelRun(runId: string, cause: EngineEventPayload): Promise<void> {
    const ended = await this.store.endRun(runId, "CANCELLED", { error: { message: `cancelled by ${cause.name}`, eventId: cause.id } });
    if (!ended) return;
    await this.store.resolveOpenWaitsOf(runId, "cancelled");
    this.log(`run ${runId} of ${ended.functionId} cancelled by ${cause.name}`);
    await this.receive([{ name: FUNCTION_CANCELLED, data: { function_id: ended.functionId, run_id: runId, event: ended.event, cancelled_by: cause } }]);
  }

  // ------------------------------------------------------------------ timers

  private wakeAt(time: number): void {
    if (this.stopped || time >= this.nextWake) return;
    clearTimeout(this.timer);
    this.nextWake = time;
    this.timer = setTimeout(() => {
      this.firing = this.fireTimers().finally(() => (this.firing = undefined));
    }, Math.max(0, time - Date.now()));
  }

  private async armTimer(): Promise<void> {
    const next = await this.store.nextWake();
    if (next !== null) this.wakeAt(next);
  }

  private async fireTimers(): Promise<void> {
    this.nextWake = Infinity;
    if (this.stopped) return;
    try {
      for (const wait of await this.store.dueWaits()) {
        if (await this.expire(wait)) this.schedule(wait.runId);
      }
    } catch (error) {
      this.log(`timers: ${(error as Error).stack}`);
    }
    if (this.stopped) return;
    await this.armTimer().catch((error: unknown) => this.log(`timers: ${(error as Error).message}`));
  }

  private expire(wait: WaitRow): Promise<boolean> {
    switch (wait.kind) {
      case "SLEEP":
        return this.store.resolveWait(wait.id, "slept", { name: wait.name, op: "Sleep", result: { data: null } });
      case "EVENT":
        return this.store.resolveWait(wait.id, "timeout", { name: wait.name, op: "WaitForEvent", result: { data: null } });
      case "INVOKE":
        return this.store.resolveWait(wait.id, "timeout", {
          name: wait.name,
          op: "InvokeFunction",
          result: { error: { name: "InngestInvokeTimeoutError", message: "Timed out waiting for the invoked function to complete" } },
        });
      case "RETRY":
        return this.store.resolveWait(wait.id, "retried");
    }
  }

  // ------------------------------------------------------------------ driving a run

  private scheduleFresh(run: { id: string; functionId: string; event: StoredEvent; maxAttempts: number; parentRunId?: string }): void {
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
          this.log(`run ${runId}: ${(error as Error).stack ?? error}`);
        }
      } while (entry.again && !this.stopped);
      this.drives.delete(runId);
      if (this.drives.size === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
    })();
    this.drives.set(runId, entry);
  }

  /** Resolves when no run is being driven (waits and timers may still be pending). */
  async whenIdle(): Promise<void> {
    while (this.dispatching) await this.dispatching;
    if (this.drives.size === 0) return;
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private async drive(runId: string): Promise<void> {
    const fresh = this.freshRuns.get(runId);
    this.freshRuns.delete(runId);
    const run = fresh ?? (await this.store.loadRun(runId));
    if (!run || run.status !== "RUNNING") return;
    const fn = this.functions.get(run.functionId);
    if (!fn) return this.failRun(runId, { name: "Error", message: `function ${run.functionId} is not registered with the executor` });
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
      const payload = JSON.stringify(body);
      const response = await postToApp(
        url,
        {
          "content-type": "application/json",
          "x-inngest-signature": signBody(body, this.options.signingKey),
          "x-inngest-server-kind": "cloud",
          // The app is on this machine: compressing its answers would only cost CPU on both sides.
          "accept-encoding": "identity",
        },
        payload,
      );
      // The SDK signs its answers with the key it checks ours with: an unsigned answer did not come from the app.
      if (!hasValidSignature(response.text, response.header("x-inngest-signature"), this.options.signingKey)) {
        this.log(`run ${run.id}: an answer from ${url.origin} without the app's signature was ignored (status ${response.status})`);
        return { status: 599, noRetry: false, retryAfterMs: null, body: { name: "UnsignedAnswer", message: "the answer was not signed with the app's key" } };
      }
      let parsed: unknown = response.text;
      try {
        parsed = response.text ? JSON.parse(response.text) : null;
      } catch {
        // not JSON: kept as text for the error report
      }
      const retryAfter = response.header("retry-after");
      return {
        status: response.status,
        noRetry: response.header("x-inngest-no-retry") === "true",
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
      await this.completeRun(run, response.body);
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
    if (response.noRetry || run.attempt + 1 >= run.maxAttempts) {
      await this.failRun(run.id, errorFrom(response.body));
      run.status = "FAILED";
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
      const name = op.displayName ?? op.name ?? op.id;
      switch (op.op) {
        case "WaitForEvent": {
          const timeout = typeof op.opts?.timeout === "string" ? op.opts.timeout : null;
          const expression = typeof op.opts?.if === "string" ? op.opts.if : null;
          const matchPath = matchPathOf(expression);
          const matchValue = matchPath ? valueAt(run.event, matchPath) : undefined;
          await this.createWait(run, {
            stepId: op.id,
            kind: "EVENT",
            name,
            eventName: typeof op.opts?.event === "string" ? op.opts.event : (op.name ?? null),
            expression,
            ...(matchPath && matchValue !== undefined ? { matchPath, matchValue: JSON.stringify(matchValue) } : {}),
            wakeAt: timeout ? (wakeTimeFor(timeout, Date.now()) ?? Date.now()) : null,
          });
          break;
        }
        case "Sleep": {
          const until = wakeTimeFor(String(op.opts?.duration ?? op.name ?? ""), Date.now());
          if (until === null) {
            await this.failRun(run.id, { name: "Error", message: `step "${name}": cannot read the sleep "${op.name}"` });
            run.status = "FAILED";
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
          await this.completeRun(run, op.data ?? null);
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
        if (await this.handleOps(fn, run, response.body as Op[])) stepsFinished++;
        continue;
      }
      await this.handle(fn, run, response);
    }
    return stepsFinished > 0 && run.status === "RUNNING" && !run.retrying;
  }

  private async createWait(run: DriveState, wait: Omit<Parameters<EngineStore["createWait"]>[0], "runId">): Promise<void> {
    if (wait.kind === "EVENT" && wait.eventName) this.noteWaitedEvent(wait.eventName, wait.matchPath ?? null);
    await this.store.createWait({ runId: run.id, ...wait });
    run.openWaitSteps.add(wait.stepId);
    if (wait.wakeAt != null) this.wakeAt(wait.wakeAt);
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
    const delay = retryAfterMs ?? Math.min(this.retryBaseMs * 2 ** run.attempt, 5 * 60_000);
    run.attempt += 1;
    run.retrying = true;
    await this.store.setRunFlags(run.id, { attempt: run.attempt });
    await this.createWait(run, { stepId, kind: "RETRY", name: `retry ${name} (attempt ${run.attempt + 1})`, wakeAt: Date.now() + delay });
  }

  private async invoke(run: DriveState, op: Op, name: string): Promise<void> {
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
    const childRunId = await this.store.createRun({
      functionId: target.id,
      eventId: `invoke:${run.id}:${op.id}`,
      event,
      maxAttempts: target.maxAttempts,
      parentRunId: run.id,
      parentStepId: op.id,
    });
    await this.createWait(run, {
      stepId: op.id,
      kind: "INVOKE",
      name,
      childRunId,
      wakeAt: timeout ? (wakeTimeFor(timeout, Date.now()) ?? Date.now()) : null,
    });
    if (childRunId) this.scheduleFresh({ id: childRunId, functionId: target.id, event, maxAttempts: target.maxAttempts });
  }

  // ------------------------------------------------------------------ endings

  private async completeRun(run: DriveState, output: unknown): Promise<void> {
    run.status = "COMPLETED";
    const ended = await this.store.endRun(run.id, "COMPLETED", { output: output ?? null });
    if (ended) await this.settleParent(ended, { data: output ?? null });
  }

  private async failRun(runId: string, error: unknown): Promise<void> {
    const ended = await this.store.endRun(runId, "FAILED", { error });
    if (!ended) return;
    this.log(`run ${runId} of ${ended.functionId} failed: ${(error as { message?: string })?.message ?? "unknown error"}`);
    await this.settleParent(ended, { error });
    // onFailure handlers are functions triggered by this event (the SDK registers them as "<id>-failure").
    await this.receive([{ name: FUNCTION_FAILED, data: { function_id: ended.functionId, run_id: runId, error, event: ended.event } }]);
  }

  private async settleParent(child: { parentRunId: string | null; parentStepId: string | null }, result: StepResult): Promise<void> {
    if (!child.parentRunId || !child.parentStepId) return;
    const wait = await this.store.findOpenInvokeWait(child.parentRunId, child.parentStepId);
    if (wait && (await this.store.resolveWait(wait.id, "finished", { name: wait.name, op: "InvokeFunction", result }))) {
      this.schedule(child.parentRunId);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    // A timer that fired just before the stop finishes its pass before the database may close.
    await this.firing;
    while (this.dispatching) await this.dispatching;
    await Promise.all([...this.drives.values()].map((d) => d.done));
    clearTimeout(this.markTimer);
    await this.flushDispatched();
  }
}

const waitKey = (key: WaitKey) => `${key.eventName}\u0000${key.path}\u0000${key.value}`;

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
