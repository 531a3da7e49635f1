import type { EngineStore, StepResult, StoredEvent } from "./engine-store";
import { FUNCTION_CANCELLED, FUNCTION_FAILED } from "./protocol";

/**
 * How a run ends: completed with its output, failed with its error, or cancelled by an event. Each ends a run
 * once (the store's update is conditional); an invoked run then settles its parent's step, and a failure or a
 * cancellation is announced as Inngest announces it (onFailure handlers are functions triggered by that event).
 */

export type EndingHooks = {
  /** Drives a run again (a parent whose invoked child ended). */
  schedule(runId: string): void;
  /** Takes events as the Event API does. */
  receive(events: Partial<StoredEvent>[]): Promise<string[]>;
  log(message: string): void;
};

export class Endings {
  constructor(
    private readonly store: EngineStore,
    private readonly hooks: EndingHooks,
  ) {}

  async complete(runId: string, output: unknown): Promise<void> {
    const ended = await this.store.endRun(runId, "COMPLETED", { output: output ?? null });
    if (ended) await this.settleParent(ended, { data: output ?? null });
  }

  async fail(runId: string, error: unknown): Promise<void> {
    const ended = await this.store.endRun(runId, "FAILED", { error });
    if (!ended) return;
    this.hooks.log(`run ${runId} of ${ended.functionId} failed: ${(error as { message?: string })?.message ?? "unknown error"}`);
    await this.settleParent(ended, { error });
    // onFailure handlers are functions triggered by this event (the SDK registers them as "<id>-failure").
    await this.hooks.receive([{ name: FUNCTION_FAILED, data: { function_id: ended.functionId, run_id: runId, error, event: ended.event } }]);
  }

  async cancel(runId: string, cause: StoredEvent): Promise<void> {
    const ended = await this.store.endRun(runId, "CANCELLED", { error: { message: `cancelled by ${cause.name}`, eventId: cause.id } });
    if (!ended) return;
    await this.store.resolveOpenWaitsOf(runId, "cancelled");
    this.hooks.log(`run ${runId} of ${ended.functionId} cancelled by ${cause.name}`);
    await this.hooks.receive([{ name: FUNCTION_CANCELLED, data: { function_id: ended.functionId, run_id: runId, event: ended.event, cancelled_by: cause } }]);
  }

  private async settleParent(child: { parentRunId: string | null; parentStepId: string | null }, result: StepResult): Promise<void> {
    if (!child.parentRunId || !child.parentStepId) return;
    const wait = await this.store.findOpenInvokeWait(child.parentRunId, child.parentStepId);
    if (wait && (await this.store.resolveWait(wait.id, "finished", { name: wait.name, op: "InvokeFunction", result }))) {
      this.hooks.schedule(child.parentRunId);
    }
  }
}
