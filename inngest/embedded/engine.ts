import { Drive } from "./drive";
import { EngineStore, type StoredEvent } from "./engine-store";
import { Endings } from "./endings";
import { checkFunctions, FunctionRegistry, type RegisteredFunction } from "./function-registry";
import { Intake } from "./intake";
import { Matching } from "./matching";
import type { SqlPort } from "./ports";
import { Timers } from "./timers";

/**
 * The embedded workflow executor: what Inngest's server does for the app's functions, on one machine. It keeps
 * every run's state in the app's database and drives the functions through the SDK's own HTTP protocol at
 * /api/inngest (call request in, 200 / 206 ops / error out). After a crash and restart every run goes on from what
 * was recorded: waits still match, timers still fire, no recorded step runs again (steps are at-least-once).
 *
 * This class only wires its rooms together: the intake (events in, dispatched in batches), matching (waits and
 * cancellations against events), the drive (calls to the app, retries, invocations), endings, timers, and the
 * store (SQL through the port its host gives it).
 */

export type EngineEventPayload = StoredEvent;

export type EngineOptions = {
  signingKey: string;
  /** The app's serve endpoint: the only address the executor calls, whatever a sync says (see checkFunctions). */
  appUrl?: string;
  /** First retry after this many ms, doubling each time (Inngest's own schedule is far slower). */
  retryBaseMs?: number;
  log?: (message: string) => void;
};

export class EmbeddedEngine {
  private readonly functions = new FunctionRegistry();
  private readonly store: EngineStore;
  private readonly log: (message: string) => void;
  private readonly intake: Intake;
  private readonly matching: Matching;
  private readonly drive: Drive;
  private readonly timers: Timers;

  constructor(
    sql: SqlPort,
    private readonly options: EngineOptions,
  ) {
    this.store = new EngineStore(sql);
    this.log = options.log ?? ((message) => console.log(`[engine] ${message}`));
    const schedule = (runId: string) => this.drive.schedule(runId);
    this.timers = new Timers(this.store, schedule, this.log);
    const endings = new Endings(this.store, { schedule, receive: (events) => this.intake.receive(events), log: this.log });
    this.matching = new Matching(this.store, this.functions, endings, schedule);
    this.drive = new Drive(
      this.store,
      this.functions,
      { matching: this.matching, timers: this.timers, endings },
      { signingKey: options.signingKey, retryBaseMs: options.retryBaseMs ?? 1000, log: this.log },
    );
    this.intake = new Intake(this.store, this.functions, this.matching, (run) => this.drive.start(run), this.log);
  }

  get isSynced(): boolean {
    return this.functions.isSynced;
  }

  listFunctions(): RegisteredFunction[] {
    return [...this.functions.all()];
  }

  /** Takes the functions of a sync (throws, changing nothing, when one uses an option not implemented here). */
  async register(rawFunctions: unknown): Promise<RegisteredFunction[]> {
    const functions = checkFunctions(rawFunctions, this.options.appUrl);
    if (this.functions.replace(functions)) {
      void this.resume().catch((error: unknown) => this.log(`resuming after start failed: ${(error as Error).stack}`));
    }
    return functions;
  }

  /** The Event API: stores each event once (by id) and matches it against waits, cancellations and triggers. */
  receive(events: Partial<EngineEventPayload>[]): Promise<string[]> {
    return this.intake.receive(events);
  }

  /** Resolves when no run is being driven (waits and timers may still be pending). */
  async whenIdle(): Promise<void> {
    await this.intake.drained();
    return this.drive.whenIdle();
  }

  async stop(): Promise<void> {
    this.timers.halt();
    this.drive.halt();
    // A timer that fired just before the stop finishes its pass before the database may close.
    await this.timers.settled();
    await this.intake.drained();
    await this.drive.settled();
    await this.intake.flush();
  }

  /** After a (re)start: dispatch what was received but not dispatched, drive unfinished runs, arm timers. */
  private async resume(): Promise<void> {
    await this.matching.load();
    await this.intake.dispatchLeftovers();
    for (const { id } of await this.store.runningRunIds()) this.drive.schedule(id);
    await this.timers.arm();
  }
}
