import type { EngineStore, WaitRow } from "./engine-store";

/**
 * Sleeps, wait timeouts and retry times: one timer for the earliest open wait that has a wake time. When it fires,
 * every due wait is resolved (a sleep slept, a wait or an invocation timed out, a retry due) and its run driven
 * again; then the timer is set for the next. The times live in the store, so a restart arms them again.
 */
export class Timers {
  private timer: NodeJS.Timeout | undefined;
  private nextWake = Infinity;
  private stopped = false;
  private firing: Promise<void> | undefined;

  constructor(
    private readonly store: EngineStore,
    private readonly schedule: (runId: string) => void,
    private readonly log: (message: string) => void,
  ) {}

  /** Makes sure the timer fires by `time` (epoch ms). */
  wakeAt(time: number): void {
    if (this.stopped || time >= this.nextWake) return;
    clearTimeout(this.timer);
    this.nextWake = time;
    this.timer = setTimeout(() => {
      this.firing = this.fire().finally(() => (this.firing = undefined));
    }, Math.max(0, time - Date.now()));
  }

  /** Sets the timer for the earliest wake time the store holds. */
  async arm(): Promise<void> {
    const next = await this.store.nextWake();
    if (next !== null) this.wakeAt(next);
  }

  /** Fires nothing more; a pass that has begun still finishes (see `settled`). */
  halt(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** Resolves once a pass that fired before the halt has finished, so the database may close. */
  async settled(): Promise<void> {
    await this.firing;
  }

  private async fire(): Promise<void> {
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
    await this.arm().catch((error: unknown) => this.log(`timers: ${(error as Error).message}`));
  }

  /** Resolves a due wait with what the SDK replays for it; false when something else resolved it first. */
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
}
