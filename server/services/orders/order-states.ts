import type { OrderStatus } from "../../generated/prisma/enums";

/** Orders a barista still has to finish: they count against the booth's and the attendee's open-order limits. */
export const openStatuses = ["STARTED", "QUEUED", "MAKING"] as const satisfies OrderStatus[];

/** Orders that ended without a drink: they do not count towards the attendee's drinks of the day. */
export const endedWithoutDrink = ["CANCELLED", "TIMED_OUT", "REJECTED"] as const satisfies OrderStatus[];

export type EndedBy = "attendee" | "barista" | "organiser" | "workflow";

export type RejectionReason = "store-closed" | "capacity-full" | "attendee-limit";

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
