import type { Db, Prisma } from "../../db/client";
import { localDay, nextLocalMidnight } from "../../shared/local-day";
import type { ProblemCode } from "../../errors";
import { endedWithoutDrink, holdingAPlace, type Counting, type OrderRules, type RejectionReason } from "./order-rules";

type Reader = Db | Prisma.TransactionClient;

/** Why, in English and as a code (with its values) for a page to say in its own language. */
type Refusal = { reason: RejectionReason; message: string; problem: ProblemCode; retryAfter: Date | null };

/** How long a full booth usually takes to free a place: try again after about a minute. */
const capacityRetrySeconds = 60;

/**
 * The booth's rules for taking an order, on the server (the reference system checked the attendee's limit only in
 * the browser and never checked capacity): the store is open, the event has fewer open orders than its cap, and
 * the attendee is under their open-order and daily limits. Each refusal says why and when to try again; null
 * when the rules let the order through.
 */
export async function findRefusal(db: Reader, rules: OrderRules, attendeeId: string, now = new Date(), counting: Counting = "admitted"): Promise<Refusal | null> {
  if (!rules.storeOpen) {
    return {
      reason: "store-closed",
      message: "The store is closed right now. The booth screen shows a code as soon as it opens.",
      problem: { code: "store-closed" },
      retryAfter: null,
    };
  }
  const mine = await db.order.count({ where: holdingAPlace({ eventId: rules.eventId, attendeeId }, counting) });
  if (mine >= rules.maxOpenOrdersPerAttendee) {
    return {
      reason: "attendee-limit",
      message: mine === 1 ? "You already have an order on the go. You can order again once it is ready." : `You already have ${mine} orders on the go. You can order again once one is ready.`,
      problem: { code: "open-orders", values: { count: mine } },
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
    return {
      reason: "attendee-limit",
      message: `You have had ${drinks} for today. You can order again tomorrow.`,
      problem: { code: "daily-limit", values: { count: rules.maxOrdersPerAttendeePerDay } },
      retryAfter: nextLocalMidnight(now, rules.timeZone),
    };
  }
  const open = await db.order.count({ where: holdingAPlace({ eventId: rules.eventId }, counting) });
  if (open >= rules.maxOpenOrders) {
    return {
      reason: "capacity-full",
      message: "The baristas have their hands full. Try again in a minute.",
      problem: { code: "capacity-full" },
      retryAfter: new Date(now.getTime() + capacityRetrySeconds * 1000),
    };
  }
  return null;
}
