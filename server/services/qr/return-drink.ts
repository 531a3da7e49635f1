import type { Db } from "../../db/client";
import { sendStagedEvents, stageEvent } from "../../events/outbox";

/**
 * Gives back the drink an order took, when the booth refused that order (store closed or booth full by the time
 * its workflow checked it): a refusal costs the code no drink. Once per order, however often it is asked: the
 * redemption is marked returned by one conditional update, in the same transaction as the drink and its event.
 * Returns how many drinks the window has now, or null when there was nothing to give back.
 */
export async function returnDrink(db: Db, input: { orderId: string; now?: Date }): Promise<number | null> {
  const now = input.now ?? new Date();
  const returned = await db.$transaction(
    async (tx) => {
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
      return { drinksLeft: window.drinksLeft, eventId };
    },
    // PGlite runs one transaction at a time: under a rush, waiting for the database is normal, not an error.
    { maxWait: 30_000, timeout: 30_000 },
  );
  if (!returned) return null;
  await sendStagedEvents(db, { ids: [returned.eventId] });
  return returned.drinksLeft;
}
