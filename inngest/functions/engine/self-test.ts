import { inngest } from "../../client";
import { inngestEvent } from "../../event-types";
import { engineSelfTestConfirmed, engineSelfTestRequested } from "../../../server/events/catalog";

/**
 * Proves the engine end to end: a step, a wait for a matching event (registered before the step that asks for
 * it, so a fast answer is never lost), and a sleep. The health check and the demo use it.
 */
export const engineSelfTest = inngest.createFunction(
  { id: "engine-self-test", name: "Engine: self-test", triggers: [inngestEvent(engineSelfTestRequested)] },
  async ({ event, step }) => {
    const confirmed = step.waitForEvent("wait-for-confirmation", { event: inngestEvent(engineSelfTestConfirmed), match: "data.testId", timeout: "30s" });
    await step.sendEvent("ask-for-confirmation", inngestEvent(engineSelfTestConfirmed).create({ testId: event.data.testId, confirmedAt: new Date().toISOString() }));
    const confirmation = await confirmed;
    await step.sleep("pause", "1s");
    return { testId: event.data.testId, confirmed: confirmation !== null };
  },
);
