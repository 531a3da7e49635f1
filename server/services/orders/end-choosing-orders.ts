import type { Prisma } from "../../db/client";
import { stageEvent } from "../../events/outbox";
import { awaitingChoiceAt } from "./order-rules";
import { storeClosedReason } from "../../shared/order-endings";

/** What the attendee's phone says when "close now" ends their order. */

/** Gives back the drink an ended order took, inside the caller's transaction (the QR service's returnDrinkWithin, passed in). */
export type GiveBackDrink = (tx: Prisma.TransactionClient, orderId: string) => Promise<{ stagedEventIds: string[] }>;

/**
 * "Close now": ends every order whose attendee is still choosing (or is about to, its check still running), inside
 * the transaction that closes the store. One conditional update takes only orders still STARTED and not submitted, so a submit racing it either lands
 * first (its order is no longer choosing and gets queued) or finds the order cancelled (and is told so), never
 * both. Each ended order is announced with `order/cancelled`, which ends its workflow through `cancelOn` and tells
 * the attendee's phone why; its drink goes back to the code's window.
 */
export async function endChoosingOrders(
  tx: Prisma.TransactionClient,
  input: { eventId: string; by: "barista" | "organiser"; now: Date },
  giveBackDrink: GiveBackDrink,
): Promise<{ ended: number; stagedEventIds: string[] }> {
  const ended = await tx.order.updateManyAndReturn({
    where: awaitingChoiceAt(input.eventId),
    data: { status: "CANCELLED", endedAt: input.now, endedBy: input.by, endReason: storeClosedReason },
  });
  const stagedEventIds: string[] = [];
  for (const order of ended) {
    stagedEventIds.push(
      await stageEvent(tx, "order/cancelled", {
        eventId: order.eventId,
        orderId: order.id,
        orderNumber: order.orderNumber,
        by: input.by,
        reason: storeClosedReason,
        cancelledAt: input.now.toISOString(),
      }),
    );
    stagedEventIds.push(...(await giveBackDrink(tx, order.id)).stagedEventIds);
  }
  return { ended: ended.length, stagedEventIds };
}
