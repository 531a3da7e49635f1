import type { Prisma } from "../../db/client";
import type { OrderStatus } from "../../generated/prisma/enums";

/**
 * The orders service's rules, each defined once: the event settings they read, which orders hold a place in the
 * queue, which count as a drink of the day, and which the screens list.
 */

/** The event settings the order rules read; the caller passes them in from the config service. */
export type OrderRules = {
  eventId: string;
  timeZone: string;
  storeOpen: boolean;
  maxOpenOrders: number;
  maxOpenOrdersPerAttendee: number;
  maxOrdersPerAttendeePerDay: number;
  submitWindowSeconds: number;
};

/** The order rules out of an event's settings (any object with them, such as the config service's event). */
export function orderRulesOf(event: Omit<OrderRules, "eventId"> & { id: string }): OrderRules {
  return {
    eventId: event.id,
    timeZone: event.timeZone,
    storeOpen: event.storeOpen,
    maxOpenOrders: event.maxOpenOrders,
    maxOpenOrdersPerAttendee: event.maxOpenOrdersPerAttendee,
    maxOrdersPerAttendeePerDay: event.maxOrdersPerAttendeePerDay,
    submitWindowSeconds: event.submitWindowSeconds,
  };
}

/** Which of the booth's rules refused an order. */
export type RejectionReason = "store-closed" | "capacity-full" | "attendee-limit";

/** Orders with the baristas: waiting in the queue or being made. */
export const withTheBaristas = ["QUEUED", "MAKING"] as const satisfies OrderStatus[];

/** The workflow's check counts admitted orders (the one it checks is not yet); a start counts unchecked ones too. */
export type Counting = "admitted" | "with-unchecked";

/**
 * Open orders, the ones that hold a place in the queue: admitted and waiting for a choice, queued, or being made.
 * When an order starts, those still waiting for their check count as well: they took a drink and will be checked
 * first.
 */
export const holdingAPlace = (where: Prisma.OrderWhereInput, counting: Counting): Prisma.OrderWhereInput => ({
  ...where,
  OR: [{ status: { in: [...withTheBaristas] } }, counting === "with-unchecked" ? { status: "STARTED" } : { status: "STARTED", admittedAt: { not: null } }],
});

/**
 * Orders still waiting for their drink to be chosen: started, not submitted, whether or not their check has run.
 * "Close now" ends all of these, so an order whose check raced the close cannot slip through.
 */
export const awaitingChoiceAt = (eventId: string): Prisma.OrderWhereInput => ({ eventId, status: "STARTED", submittedAt: null });

/** Of those, the ones whose attendee is choosing (checked: the phone says "Choose your drink"), as the barista is told. */
export const choosingAt = (eventId: string): Prisma.OrderWhereInput => ({ ...awaitingChoiceAt(eventId), admittedAt: { not: null } });

/** Orders that ended without a drink: they do not count towards the attendee's drinks of the day. */
export const endedWithoutDrink = ["CANCELLED", "TIMED_OUT", "REJECTED"] as const satisfies OrderStatus[];

/** An order that has reached its end: picked up, or ended without a drink. Nothing more happens to it. */
export function isOver(status: OrderStatus): boolean {
  return status === "PICKED_UP" || (endedWithoutDrink as readonly OrderStatus[]).includes(status);
}

/** Ready orders stay on the board and the booth screen this long (the event's setting). */
const readySince = (now: Date, readyDisplaySeconds: number) => new Date(now.getTime() - readyDisplaySeconds * 1000);

/** What the board and the booth screen list: queued, being made, and ready for less than the display time. */
export const onTheScreens = (input: { eventId: string; readyDisplaySeconds: number; now?: Date }) => ({
  eventId: input.eventId,
  OR: [{ status: { in: [...withTheBaristas] } }, { status: "READY" as const, completedAt: { gt: readySince(input.now ?? new Date(), input.readyDisplaySeconds) } }],
});
