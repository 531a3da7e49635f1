import { NonRetriableError } from "inngest";
import { inngest } from "../../client";
import { inngestEvent } from "../../event-types";
import { NotFoundError } from "../../../server/errors";
import { orderCancelled, orderCompleted, orderRecalled, orderStarted, orderSubmitted } from "../../../server/events/catalog";
import type { Db } from "../../../server/db/client";
import { findEventById } from "../../../server/services/config/find-event";
import { assignOrderNumber } from "../../../server/services/counter/assign-order-number";
import { admitOrder } from "../../../server/services/orders/admit-order";
import { openSubmitWindow } from "../../../server/services/orders/open-submit-window";
import { orderRulesOf, type OrderRules } from "../../../server/services/orders/order-rules";
import { queueOrder } from "../../../server/services/orders/queue-order";
import { readOrder } from "../../../server/services/orders/read-order";
import { timeOutOrder } from "../../../server/services/orders/time-out-order";
import { recallGraceSeconds } from "../../../server/shared/order-timing";
import { localDay } from "../../../server/shared/local-day";

/**
 * One order from its code to its pickup (ARCHITECTURE §6): check the booth's rules, wait for the attendee's
 * choice, number it, wait for a barista to make it, and allow a recall just after "ready". Each wait is made
 * before the step that announces it, so an answer can never arrive before the wait exists; each timeout re-reads
 * the database before it ends anything. `order/cancelled` ends the run wherever it is. Each step's service call
 * writes first and then announces what it did (order/accepted, queued, rejected, timed-out).
 */

/** The engine's timer and the database's deadline are set apart by a moment, and the database decides. */
const slackSeconds = 2;
/** A barista may take an order back from "ready" a few times; after that it simply stays ready. */
const maxRecalls = 3;

async function readRules(db: Db, eventId: string): Promise<OrderRules & { baristaWindowSeconds: number }> {
  const event = await findEventById(db, eventId);
  return { ...orderRulesOf(event), baristaWindowSeconds: event.baristaWindowSeconds };
}

export const orderLifecycle = inngest.createFunction(
  {
    id: "order-lifecycle",
    name: "Orders: one order from code to pickup",
    triggers: [inngestEvent(orderStarted)],
    cancelOn: [{ event: orderCancelled.name, match: "data.orderId" }],
  },
  async ({ event, step, db }) => {
    const { eventId, orderId } = event.data;

    // Read and checked in one step, so the rules are those of the moment of the check.
    const admission = await step.run("check-booth-rules", async () => {
      try {
        const rules = await readRules(db, eventId);
        return { rules, outcome: await admitOrder(db, rules, orderId) };
      } catch (error) {
        // An order of an event or an order that does not exist will not exist on a retry either.
        if (error instanceof NotFoundError) throw new NonRetriableError(error.message, { cause: error });
        throw error;
      }
    });
    const { rules, outcome } = admission;
    if (!outcome.admitted) return outcome.reason === null ? { outcome: "ended-before-check" } : { outcome: "rejected", reason: outcome.reason };

    const submission = step.waitForEvent("wait-for-submission", {
      event: orderSubmitted.name,
      match: "data.orderId",
      timeout: `${rules.submitWindowSeconds + slackSeconds}s`,
    });
    await step.run("open-submit-window", async () => openSubmitWindow(db, { orderId, submitWindowSeconds: rules.submitWindowSeconds }));
    if ((await submission) === null) {
      const late = await step.run("time-out-submission", async () => {
        const { timedOut, order } = await timeOutOrder(db, { orderId, window: "submit" });
        return { timedOut, status: order.status, submitted: order.submittedAt !== null };
      });
      if (late.timedOut) return { outcome: "timed-out", window: "submit" };
      // Submitted at the very last moment (its event missed the wait): go on. Anything else has ended.
      if (!(late.status === "STARTED" && late.submitted)) return { outcome: late.status };
    }

    let orderNumber: number | null = null;

    for (let round = 0; round <= maxRecalls; round++) {
      const suffix = round === 0 ? "" : `-after-recall-${round}`;
      const completion = step.waitForEvent(`wait-for-barista${suffix}`, {
        event: orderCompleted.name,
        match: "data.orderId",
        timeout: `${rules.baristaWindowSeconds}s`,
      });
      if (round === 0) {
        // The number and the queue in one step: both are safe to repeat, and the order is announced as it is queued.
        const queued = await step.run("number-and-queue-order", async () => {
          const number = await assignOrderNumber(db, { eventId, orderId, day: localDay(new Date(), rules.timeZone) });
          const order = await queueOrder(db, { orderId, orderNumber: number });
          return { status: order.status, orderNumber: number };
        });
        if (queued.status !== "QUEUED") return { outcome: queued.status };
        orderNumber = queued.orderNumber;
      }
      if ((await completion) === null) {
        const late = await step.run(`time-out-at-barista${suffix}`, async () => {
          const { timedOut, order } = await timeOutOrder(db, { orderId, window: "barista" });
          return { timedOut, status: order.status };
        });
        if (late.timedOut) return { outcome: "timed-out", window: "barista" };
        if (late.status !== "READY") return { outcome: late.status };
      }
      // Ready. A barista may take it back for a short while; then it is done.
      const recall = await step.waitForEvent(`wait-for-recall${suffix}`, {
        event: orderRecalled.name,
        match: "data.orderId",
        timeout: `${recallGraceSeconds + slackSeconds}s`,
      });
      if (recall === null) break;
    }
    const final = await step.run("read-final-state", async () => (await readOrder(db, orderId)).status);
    return { outcome: final, orderNumber };
  },
);
