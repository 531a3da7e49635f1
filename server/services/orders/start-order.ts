import type { Db, Prisma } from "../../db/client";
import { RefusedError } from "../../errors";
import { sendStagedEvents, stageEvent } from "../../events/outbox";
import { localDay } from "../../shared/local-day";
import { findRefusal } from "./find-refusal";
import type { OrderRules } from "./order-rules";
import { commandTransaction } from "./transition-order";

export type StartOrderInput = {
  orderId: string;
  rules: OrderRules;
  attendeeId: string;
  attendeeName: string;
  now?: Date;
};

/** Takes one drink of the booth's code inside the start's transaction (the QR service's redeemCode, passed in by the caller). */
export type TakeDrink = (tx: Prisma.TransactionClient) => Promise<{ qrWindowId: string; stagedEventIds: string[] }>;

/**
 * Starting an order is one decision: the attendee's limits are checked, a drink of the code is taken, the order is
 * recorded and its `order/started` event is written, all in one transaction. Starts by the same attendee queue on
 * their own lock, so five taps at once with a limit of one start one order and take one drink; a crash at any
 * point leaves either all of it or none of it. The events go out once the transaction has committed (outbox.ts),
 * and the workflow they start checks the booth's rules and opens the attendee's submit window.
 */
export async function startOrder(db: Db, input: StartOrderInput, takeDrink: TakeDrink) {
  const now = input.now ?? new Date();
  const { rules } = input;
  const { order, stagedEventIds } = await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`start:${rules.eventId}:${input.attendeeId}`}))`;
      // Refused before a drink of the code is used when the rules already say no. Under the attendee's lock, orders
      // still waiting for their check count: five taps at once by one attendee with a limit of one start one order.
      const refusal = await findRefusal(tx, rules, input.attendeeId, now, "with-unchecked");
      if (refusal) throw new RefusedError(refusal.message, refusal.reason, refusal.retryAfter, refusal.problem);
      const drink = await takeDrink(tx);
      const order = await tx.order.create({
        data: {
          id: input.orderId,
          eventId: rules.eventId,
          attendeeId: input.attendeeId,
          attendeeName: input.attendeeName,
          qrWindowId: drink.qrWindowId,
          day: localDay(now, rules.timeZone),
          startedAt: now,
        },
      });
      const started = await stageEvent(tx, "order/started", {
        eventId: order.eventId,
        orderId: order.id,
        attendeeId: order.attendeeId,
        attendeeName: order.attendeeName,
        qrWindowId: order.qrWindowId,
        startedAt: now.toISOString(),
      });
      return { order, stagedEventIds: [...drink.stagedEventIds, started] };
    },
    commandTransaction,
  );
  // If sending fails here, the order still stands: the sweeper sends its events a few seconds later.
  await sendStagedEvents(db, { ids: stagedEventIds });
  return order;
}
