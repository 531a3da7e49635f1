import type { Prisma } from "../../db/client";
import { ConflictError, NotFoundError, RefusedError } from "../../errors";
import { stageEvent } from "../../events/outbox";

const scanAgain = "Scan the code on the booth screen again.";

/**
 * Takes one drink of a code, atomically: one conditional update that only succeeds while the code's window is
 * running and has drinks left, so however many phones race, a window never gives out more than its drinks.
 * It runs inside the caller's transaction (starting an order) and writes its `qr/code.redeemed` event there, so
 * the drink is taken exactly when the order exists. A code that fails says why: not one of ours, from a window
 * that has ended, or all its drinks taken (with when the next code appears).
 */
export async function redeemCode(
  tx: Prisma.TransactionClient,
  input: { eventId: string; code: string; orderId: string; attendeeId: string; now?: Date },
) {
  const now = input.now ?? new Date();
  const [window] = await tx.qrWindow.updateManyAndReturn({
    where: { eventId: input.eventId, code: input.code, startsAt: { lte: now }, endsAt: { gt: now }, drinksLeft: { gt: 0 } },
    data: { drinksLeft: { decrement: 1 } },
    select: { id: true, drinksLeft: true, endsAt: true },
  });
  if (window) {
    await tx.qrRedemption.create({ data: { orderId: input.orderId, qrWindowId: window.id, attendeeId: input.attendeeId, redeemedAt: now } });
    const redeemed = await stageEvent(tx, "qr/code.redeemed", {
      eventId: input.eventId,
      qrWindowId: window.id,
      orderId: input.orderId,
      attendeeId: input.attendeeId,
      drinksLeft: window.drinksLeft,
      redeemedAt: now.toISOString(),
    });
    return { qrWindowId: window.id, drinksLeft: window.drinksLeft, windowEndsAt: window.endsAt, stagedEventIds: [redeemed] };
  }

  const found = await tx.qrWindow.findFirst({ where: { eventId: input.eventId, code: input.code } });
  if (!found) throw new NotFoundError(`This code is not valid here. ${scanAgain}`, { code: "code-not-valid" });
  if (found.endsAt <= now) throw new ConflictError(`This code has expired: the booth shows a new one every few minutes. ${scanAgain}`, { code: "code-expired" });
  if (found.startsAt > now) throw new ConflictError(`This code is not valid yet. ${scanAgain}`, { code: "code-not-yet-valid" });
  // A refusal, not a conflict: the phone can count down to the next code and say when to scan again.
  throw new RefusedError("All drinks of this code are taken. Scan the new code on the booth screen when it appears.", "code-used-up", found.endsAt);
}
