import { randomUUID } from "node:crypto";
import { runKey, type EngineStore, type NewRun, type StoredEvent } from "./engine-store";
import { matches, nameMatches } from "./expressions";
import type { FunctionRegistry } from "./function-registry";
import type { Matching } from "./matching";

/**
 * The Event API's side of the executor: each event is stored once (by id), then dispatched in batches after its
 * sender has its answer: cancellations, then waits, then the runs its triggers start. Once stored, an event is
 * safe: a crash before its dispatch is repaired at the next start.
 */

/** At most this many events are dispatched together (a bound on one lookup's size, not on throughput). */
const MAX_DISPATCH_BATCH = 500;

/** A run made by a trigger (or an invocation), handed to the drive with all its first pass needs. */
export type NewlyMadeRun = { id: string; functionId: string; event: StoredEvent; maxAttempts: number };

export class Intake {
  /** Events dispatched but not yet marked so: marked together, a moment later (one statement instead of many). */
  private dispatchedIds: string[] = [];
  /**
   * Events stored but not yet dispatched, in arrival order. They are dispatched after their sender has its answer,
   * in batches: whatever arrived while the previous batch was dispatched goes together, in a few statements.
   */
  private queue: StoredEvent[] = [];
  private dispatching: Promise<void> | undefined;
  private markTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: EngineStore,
    private readonly functions: FunctionRegistry,
    private readonly matching: Matching,
    private readonly startRun: (run: NewlyMadeRun) => void,
    private readonly log: (message: string) => void,
  ) {}

  /** Stores each event once (by id) and queues it for dispatch; returns the events' ids, in order. */
  async receive(events: Partial<StoredEvent>[]): Promise<string[]> {
    const ids: string[] = [];
    for (const raw of events) {
      if (!raw || typeof raw.name !== "string" || raw.name === "") throw new Error("every event needs a name");
      const event: StoredEvent = {
        id: typeof raw.id === "string" && raw.id ? raw.id : randomUUID(),
        name: raw.name,
        data: (raw.data && typeof raw.data === "object" ? raw.data : {}) as Record<string, unknown>,
        ts: typeof raw.ts === "number" ? raw.ts : Date.now(),
        ...(raw.v ? { v: raw.v } : {}),
      };
      ids.push(event.id);
      // Inngest de-duplicates by event id: the same id twice starts nothing twice. Once stored, the event is safe
      // (a crash before dispatch is repaired at start), so the sender does not wait for its runs to be made.
      if ((await this.store.insertEvent(event)) && this.functions.isSynced) this.enqueue(event);
    }
    return ids;
  }

  /** After a (re)start: dispatches what was received but not dispatched, and resolves once that is done. */
  async dispatchLeftovers(): Promise<void> {
    for (const event of await this.store.undispatchedEvents()) this.enqueue(event);
    await this.dispatching;
  }

  /** Resolves once no batch is being dispatched. */
  async drained(): Promise<void> {
    while (this.dispatching) await this.dispatching;
  }

  /** Marks what was dispatched now rather than a moment later (at stop). */
  async flush(): Promise<void> {
    clearTimeout(this.markTimer);
    await this.flushDispatched();
  }

  private enqueue(event: StoredEvent): void {
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
  private async dispatch(events: StoredEvent[]): Promise<void> {
    await this.matching.applyCancellations(events);
    await this.matching.resumeWaits(events);
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

  /** One run per (event, function) whose trigger the event meets, all made in one statement. */
  private async startRuns(events: StoredEvent[]): Promise<void> {
    const wanted: NewRun[] = [];
    for (const event of events) {
      for (const fn of this.functions.all()) {
        if (fn.triggers.some((t) => nameMatches(t.event, event.name) && matches(t.expression, { event }))) {
          wanted.push({ functionId: fn.id, eventId: event.id, event, maxAttempts: fn.maxAttempts });
        }
      }
    }
    if (wanted.length === 0) return;
    const created = await this.store.createRuns(wanted);
    for (const run of wanted) {
      const id = created.get(runKey(run));
      if (id) this.startRun({ id, functionId: run.functionId, event: run.event, maxAttempts: run.maxAttempts });
    }
  }
}
