import type { Db, Prisma } from "../../db/client";
import { RefusedError } from "../../errors";
import { localDay, nextLocalMidnight } from "../../shared/local-day";
import { endedWithoutDrink, type OrderRules, type RejectionReason } from "./order-states";

/**
 * The booth's rules for taking an order, on the server (the reference system checked the attendee's limit only in
 * the browser and never checked capacity): the store is open, the event has fewer open orders than its cap, and
 * the attendee is under their open-order and daily limits. Each refusal says why and when to try again.
 */

type Reader = Db | Prisma.TransactionClient;

export type Refusal = { reason: RejectionReason; message: string; retryAfter: Date | null };

/**
 * Orders that hold a place in the queue: admitted and waiting for a choice, queued, or being made. When an order
 * starts, those still waiting for their check count as well: they took a drink and will be checked first.
 */
const holdingAPlace = (where: Prisma.OrderWhereInput, counting: Counting): Prisma.OrderWhereInput => ({
  ...where,
  OR: [{ status: { in: ["QUEUED", "MAKING"] } }, counting === "with-unchecked" ? { status: "STARTED" } : { status: "STARTED", admittedAt: { not: null } }],
});

/** The workflow's check counts admitted orders (the one it checks is not yet); a start counts unchecked ones too. */
type Counting = "admitted" | "with-unchecked";

/** How long a full booth usually takes to free a place: try again after about a minute. */
const capacityRetrySeconds = 60;

export async function findRefusal(db: Reader, rules: OrderRules, attendeeId: string, now = new Date(), counting: Counting = "admitted"): Promise<Refusal | null> {
  if (!rules.storeOpen) {
    return { reason: "store-closed", message: "The store is closed right now. The booth screen shows a code as soon as it opens.", retryAfter: null };
  }
  const mine = await db.order.count({ where: holdingAPlace({ eventId: rules.eventId, attendeeId }, counting) });
  if (mine >= rules.maxOpenOrdersPerAttendee) {
    return {
      reason: "attendee-limit",
      message: mine === 1 ? "You already have an order on the go. You can order again once it is ready." : `You already have ${mine} orders on the go. You can order again once one is ready.`,
      retryAfter: null,
    };
  }
  const today = localDay(now, rules.timeZone);
  const drinksToday = await db.order.count({
    where: {
      eventId: rules.eventId,
      attendeeId,
      day: today,
      ...(counting === "admitted" ? { admittedAt: { not: null } } : {}),
      status: { notIn: [...endedWithoutDrink] },
    },
  });
  if (drinksToday >= rules.maxOrdersPerAttendeePerDay) {
    const drinks = rules.maxOrdersPerAttendeePerDay === 1 ? "your drink" : `your ${rules.maxOrdersPerAttendeePerDay} drinks`;
    return { reason: "attendee-limit", message: `You have had ${drinks} for today. You can order again tomorrow.`, retryAfter: nextLocalMidnight(now, rules.timeZone) };
  }
  const open = await db.order.count({ where: holdingAPlace({ eventId: rules.eventId }, counting) });
  if (open >= rules.maxOpenOrders) {
    return {
      reason: "capacity-full",
      message: "The baristas have their hands full. Try again in a minute.",
      retryAfter: new Date(now.getTime() + capacityRetrySeconds * 1000),
    };
  }
  return null;
}

/**
 * For starting an order: refuses before a drink of the code is used when the rules already say no. It runs inside
 * the start's transaction, under the attendee's lock (see start-order.ts), so orders still waiting for their check
 * count: five taps at once by one attendee with a limit of one start one order.
 */
export async function assertMayStartOrder(db: Reader, rules: OrderRules, attendeeId: string, now = new Date()) {
  const refusal = await findRefusal(db, rules, attendeeId, now, "with-unchecked");
  if (refusal) throw new RefusedError(refusal.message, refusal.reason, refusal.retryAfter);
}
