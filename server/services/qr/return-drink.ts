import type { Db, Prisma } from "../../db/client";
import { sendStagedEvents, stageEvent } from "../../events/outbox";

/**
 * Gives back the drink an order took, when the booth refused that order (store closed or booth full by the time
 * its workflow checked it): a refusal costs the code no drink. Once per order, however often it is asked: the
 * redemption is marked returned by one conditional update, in the same transaction as the drink and its event.
 * Returns how many drinks the window has now, or null when there was nothing to give back.
 */
export async function returnDrink(db: Db, input: { orderId: string; now?: Date }): Promise<number | null> {
  const returned = await db.$transaction(
    (tx) => returnDrinkWithin(tx, input),
    // PGlite runs one transaction at a time: under a rush, waiting for the database is normal, not an error.
    { maxWait: 30_000, timeout: 30_000 },
  );
  if (!returned) return null;
  await sendStagedEvents(db, { ids: returned.stagedEventIds });
  return returned.drinksLeft;
}

/**
 * The same, inside a caller's transaction (closing the store now ends orders and gives their drinks back in one
 * go); its `qr/drink.returned` event is staged there, for the caller to send once committed.
 */
export async function returnDrinkWithin(
  tx: Prisma.TransactionClient,
  input: { orderId: string; now?: Date },
): Promise<{ drinksLeft: number; stagedEventIds: string[] } | null> {
  const now = input.now ?? new Date();
  const [redemption] = await tx.qrRedemption.updateManyAndReturn({
    where: { orderId: input.orderId, returnedAt: null },
    data: { returnedAt: now },
  });
  if (!redemption) return null;
  const window = await tx.qrWindow.update({
    where: { id: redemption.qrWindowId },
    data: { drinksLeft: { increment: 1 } },
    select: { id: true, eventId: true, drinksLeft: true },
  });
  const eventId = await stageEvent(tx, "qr/drink.returned", {
    eventId: window.eventId,
    qrWindowId: window.id,
    orderId: input.orderId,
    drinksLeft: window.drinksLeft,
    returnedAt: now.toISOString(),
  });
  return { drinksLeft: window.drinksLeft, stagedEventIds: [eventId] };
}
