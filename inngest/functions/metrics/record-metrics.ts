import { NonRetriableError } from "inngest";
import { inngest } from "../../client";
import { InvalidInputError } from "../../../server/errors";
import { recordMetricEvents } from "../../../server/services/metrics/record-metric-events";

/**
 * The metrics service: every order and code event (server/services/metrics/order-facts.ts) folded into its order's
 * metrics row. Two wildcard triggers rather than fourteen named ones: Inngest allows ten triggers a function, and the
 * metrics read every order/ and qr/ event of the catalog (catalog.test.ts checks the consumers against them).
 */
export const recordMetrics = inngest.createFunction(
  {
    id: "metrics",
    name: "Metrics: every order's figures",
    triggers: [{ event: "order/*" }, { event: "qr/*" }],
  },
  // No step: a fact is keyed by its event's name and time and the row is folded again from all of them, so a retried
  // run writes nothing twice, and one call per event instead of two halves what the metrics cost the engine.
  async ({ event, db }) => {
    try {
      const added = await recordMetricEvents(db, [{ name: String(event.name), data: event.data }]);
      return { added };
    } catch (error) {
      // An event that breaks its schema will break it on every retry: the run fails at once, for the run inspector.
      if (error instanceof InvalidInputError) throw new NonRetriableError(error.message, { cause: error });
      throw error;
    }
  },
);
