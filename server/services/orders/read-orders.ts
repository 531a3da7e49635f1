import type { Db } from "../../db/client";
import type { ChosenDrink } from "./choose-drink";
import { onTheScreens } from "./order-rules";
import { findOrderInScope } from "./transition-order";

/** What the screens read: the barista board, the booth screen, the attendee's order and their history. */

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

const boardFields = {
  id: true,
  orderNumber: true,
  attendeeName: true,
  drink: true,
  status: true,
  baristaId: true,
  baristaName: true,
  queuedAt: true,
  claimedAt: true,
  completedAt: true,
} as const;

/**
 * The barista board: queued, being made, and recently ready, oldest first. Staff see who makes a drink by name and
 * whether it is theirs (`mine`), never another user's id: an id is what a forged session would need.
 */
export async function readBoard(db: Db, input: { eventId: string; readyDisplaySeconds: number; viewerId: string; now?: Date }) {
  const rows = await db.order.findMany({
    where: onTheScreens(input),
    orderBy: [{ queuedAt: "asc" }],
    select: boardFields,
  });
  return rows.map(({ baristaId, ...row }) => ({
    ...row,
    drink: row.drink as ChosenDrink,
    orderNumber: row.orderNumber!,
    mine: baristaId !== null && baristaId === input.viewerId,
  }));
}
export type BoardOrder = Awaited<ReturnType<typeof readBoard>>[number];

/** The booth screen: numbers, first names and drinks only, since everyone at the booth can read it. */
export async function readDisplayOrders(db: Db, input: { eventId: string; readyDisplaySeconds: number; now?: Date }) {
  const rows = await db.order.findMany({
    where: onTheScreens(input),
    orderBy: [{ queuedAt: "asc" }],
    select: { orderNumber: true, attendeeName: true, drinkName: true, status: true, completedAt: true },
  });
  const entry = (row: (typeof rows)[number]) => ({ orderNumber: row.orderNumber!, firstName: firstName(row.attendeeName), drink: row.drinkName ?? "" });
  return {
    preparing: rows.filter((row) => row.status !== "READY").map(entry),
    ready: rows
      .filter((row) => row.status === "READY")
      .map((row) => ({ ...entry(row), leavesAt: new Date(row.completedAt!.getTime() + input.readyDisplaySeconds * 1000) })),
  };
}

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

/** One attendee's order with where it stands: its place in the queue and a wait estimate. */
export async function readAttendeeOrder(db: Db, input: { orderId: string; attendeeId: string; now?: Date }) {
  const now = input.now ?? new Date();
  const order = await findOrderInScope(db, input.orderId, { attendeeId: input.attendeeId });
  let queuePosition: number | null = null;
  let waitSeconds: number | null = null;
  if (order.status === "QUEUED" || order.status === "MAKING") {
    const pace = await recentPace(db, order.eventId, now);
    if (order.status === "QUEUED") {
      queuePosition = 1 + (await db.order.count({ where: { eventId: order.eventId, status: "QUEUED", queuedAt: { lt: order.queuedAt! } } }));
      waitSeconds = Math.round((queuePosition * pace.makeSeconds) / pace.baristas);
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
    rejectedFor: order.rejectedFor,
    retryAfter: order.retryAfter,
    queuePosition,
    waitSeconds,
  };
}
export type AttendeeOrder = Awaited<ReturnType<typeof readAttendeeOrder>>;

/** The attendee's orders at one event, newest first. */
export async function listAttendeeOrders(db: Db, input: { eventId: string; attendeeId: string }) {
  const rows = await db.order.findMany({
    where: { eventId: input.eventId, attendeeId: input.attendeeId },
    orderBy: { startedAt: "desc" },
    take: 30,
    select: { id: true, status: true, orderNumber: true, drinkName: true, startedAt: true, endReason: true },
  });
  return rows;
}

/** The ids of an attendee's orders, for the realtime policy (they may hear their own order channels). */
export async function listOwnedOrderIds(db: Db, attendeeId: string) {
  const rows = await db.order.findMany({ where: { attendeeId }, orderBy: { startedAt: "desc" }, take: 50, select: { id: true } });
  return rows.map((row) => row.id);
}
