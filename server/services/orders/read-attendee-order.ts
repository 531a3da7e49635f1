import type { Db } from "../../db/client";
import type { ChosenDrink } from "./choose-drink";
import { endCodeOf } from "../../shared/order-endings";
import { firstName } from "./first-name";
import { findOrderInScope } from "./transition-order";

/** Without history, a drink takes about this long to make. */
const defaultMakeSeconds = 90;

/** How long drinks take here lately: the mean of the last ten, claim to ready, and how many baristas are at work. */
async function recentPace(db: Db, eventId: string, now: Date) {
  const recent = await db.order.findMany({
    where: { eventId, completedAt: { not: null }, claimedAt: { not: null } },
    orderBy: { completedAt: "desc" },
    take: 10,
    select: { claimedAt: true, completedAt: true },
  });
  const seconds = recent.map((o) => (o.completedAt!.getTime() - o.claimedAt!.getTime()) / 1000);
  const makeSeconds = seconds.length ? seconds.reduce((a, b) => a + b, 0) / seconds.length : defaultMakeSeconds;
  const busy = await db.order.findMany({
    where: { eventId, baristaId: { not: null }, OR: [{ status: "MAKING" }, { completedAt: { gt: new Date(now.getTime() - 15 * 60_000) } }] },
    distinct: ["baristaId"],
    select: { baristaId: true },
  });
  return { makeSeconds, baristas: Math.max(1, busy.length) };
}


/**
 * The attendee's page of one order: where it stands, its place in the queue and a wait estimate that counts the
 * drinks already being made and the baristas at work.
 */
export async function readAttendeeOrder(db: Db, input: { orderId: string; attendeeId: string; now?: Date }) {
  const now = input.now ?? new Date();
  const order = await findOrderInScope(db, input.orderId, { attendeeId: input.attendeeId });
  let queuePosition: number | null = null;
  let waitSeconds: number | null = null;
  if (order.status === "QUEUED" || order.status === "MAKING") {
    const pace = await recentPace(db, order.eventId, now);
    if (order.status === "QUEUED") {
      const [ahead, making] = await Promise.all([
        db.order.count({ where: { eventId: order.eventId, status: "QUEUED", queuedAt: { lt: order.queuedAt! } } }),
        db.order.findMany({ where: { eventId: order.eventId, status: "MAKING" }, select: { claimedAt: true } }),
      ]);
      queuePosition = 1 + ahead;
      // The drinks being made come first: what is left of each, then every queued drink up to and with this one,
      // shared among the baristas at work.
      const leftOfMaking = making.reduce((sum, o) => sum + Math.max(0, pace.makeSeconds - (now.getTime() - o.claimedAt!.getTime()) / 1000), 0);
      waitSeconds = Math.round((leftOfMaking + queuePosition * pace.makeSeconds) / pace.baristas);
    } else {
      waitSeconds = Math.max(0, Math.round(pace.makeSeconds - (now.getTime() - order.claimedAt!.getTime()) / 1000));
    }
  }
  return {
    id: order.id,
    eventId: order.eventId,
    status: order.status,
    orderNumber: order.orderNumber,
    drink: order.drink as ChosenDrink | null,
    startedAt: order.startedAt,
    admitted: order.admittedAt !== null,
    submitBy: order.submitBy,
    submittedAt: order.submittedAt,
    baristaName: order.baristaName ? firstName(order.baristaName) : null,
    completedAt: order.completedAt,
    endedAt: order.endedAt,
    endedBy: order.endedBy,
    endReason: order.endReason,
    endCode: endCodeOf(order),
    rejectedFor: order.rejectedFor,
    retryAfter: order.retryAfter,
    queuePosition,
    waitSeconds,
  };
}
