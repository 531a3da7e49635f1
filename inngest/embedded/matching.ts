import type { EngineStore, StoredEvent, WaitKey, WaitRow } from "./engine-store";
import type { Endings } from "./endings";
import { matches, valueAt } from "./expressions";
import type { FunctionRegistry } from "./function-registry";

/**
 * Events against what runs are waiting for: the open waits an event resumes (`step.waitForEvent`) and the
 * running runs it cancels (`cancelOn`). A batch of events is matched as if one after another: each wait goes to
 * the first event of the batch it matches, and a run is cancelled once.
 */
export class Matching {
  /**
   * Event names that open waits wait for, with their `match` paths (null: a CEL condition to test). An event no
   * wait needs costs no lookup. Only this process makes waits, so the set is loaded once and then kept here.
   */
  private waitedEvents = new Map<string, Set<string | null>>();

  constructor(
    private readonly store: EngineStore,
    private readonly functions: FunctionRegistry,
    private readonly endings: Endings,
    private readonly schedule: (runId: string) => void,
  ) {}

  /** After a (re)start: learns which events the open waits in the store wait for. */
  async load(): Promise<void> {
    for (const { eventName, matchPath } of await this.store.waitedEvents()) this.noteWaitedEvent(eventName, matchPath);
  }

  /** Called for every wait for an event that is made, before an event could resolve it. */
  noteWaitedEvent(eventName: string, matchPath: string | null): void {
    let paths = this.waitedEvents.get(eventName);
    if (!paths) this.waitedEvents.set(eventName, (paths = new Set()));
    paths.add(matchPath);
  }

  /** Finds, in one lookup, the open waits the batch may resume, then gives each to the first event it matches. */
  async resumeWaits(events: StoredEvent[]): Promise<void> {
    // Each event's lookup keys: its name (for waits with a general CEL condition), and name, path and value at
    // each `match` path a wait for it uses (the value as JSON text, as the wait stored it).
    const keysOf = new Map<StoredEvent, string[]>();
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

  /** Cancels every running run whose function's `cancelOn` an event of the batch meets. */
  async applyCancellations(events: StoredEvent[]): Promise<void> {
    for (const fn of this.functions.all()) {
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
            await this.endings.cancel(run.id, event);
          }
        }
      }
    }
  }
}

const waitKey = (key: WaitKey) => `${key.eventName}\u0000${key.path}\u0000${key.value}`;
