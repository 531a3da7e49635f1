import { z } from "zod";
import { defineEvent } from "./define-event";

/**
 * Presso's event catalog (ARCHITECTURE §5): every event any service sends, with its version, schema, producer
 * and consumers (the services with an Inngest function that triggers on or waits for it, checked by catalog.test.ts).
 * Payloads carry the ids and facts a consumer needs, so no consumer has to call the producer.
 * `eventId` always means the conference event (the booth), never an Inngest event id.
 */

const id = z.string().min(1).max(64);
const eventId = id.describe("the conference event (booth)");
const orderId = id;
const orderNumber = z.number().int().positive().describe("per event and local day, without gaps");
const attendeeId = id;
const attendeeName = z.string().min(1).max(40);
const at = z.iso.datetime().describe("when it happened (ISO 8601, UTC)");
const drink = z.object({
  menuItemId: id,
  name: z.string().min(1).max(60),
  // Added within version 1: optional, so events sent before it still parse.
  station: z.enum(["ESPRESSO_BAR", "COLD_BAR"]).optional(),
  options: z.array(z.object({ group: z.string().max(40), choice: z.string().max(40) })).max(30),
});

export const orderStarted = defineEvent("order/started", {
  version: 1,
  description: "An attendee redeemed the booth's code: an order exists and its workflow starts.",
  producer: "orders",
  consumers: ["orders", "publisher", "journal", "metrics"],
  schema: z.object({ eventId, orderId, attendeeId, attendeeName, qrWindowId: id, startedAt: at }),
});

export const orderAccepted = defineEvent("order/accepted", {
  version: 1,
  description: "The order passed the booth's rules (store open, a free place, the attendee's limits): the attendee may choose until submitBy.",
  producer: "orders",
  consumers: ["publisher", "journal", "metrics"],
  schema: z.object({ eventId, orderId, attendeeId, submitBy: at, acceptedAt: at }),
});

export const orderSubmitted = defineEvent("order/submitted", {
  version: 1,
  description: "The attendee chose a drink within the submit window.",
  producer: "orders",
  consumers: ["orders", "journal", "metrics"],
  schema: z.object({ eventId, orderId, attendeeId, drink, submittedAt: at }),
});

export const orderQueued = defineEvent("order/queued", {
  version: 1,
  description: "The order has its number and waits for a barista.",
  producer: "orders",
  consumers: ["publisher", "journal", "metrics"],
  schema: z.object({ eventId, orderId, orderNumber, attendeeId, attendeeName, drink, queuedAt: at }),
});

export const orderClaimed = defineEvent("order/claimed", {
  version: 1,
  description: "A barista started making the order (one barista wins a race).",
  producer: "orders",
  consumers: ["publisher", "journal", "metrics"],
  schema: z.object({ eventId, orderId, orderNumber, baristaId: id, baristaName: z.string().max(60), claimedAt: at }),
});

export const orderReleased = defineEvent("order/released", {
  version: 1,
  description: "The barista put the order back for anyone to make.",
  producer: "orders",
  consumers: ["publisher", "journal", "metrics"],
  schema: z.object({ eventId, orderId, orderNumber, baristaId: id, releasedAt: at }),
});

export const orderCompleted = defineEvent("order/completed", {
  version: 1,
  description: "The drink is ready for pickup.",
  producer: "orders",
  consumers: ["orders", "publisher", "journal", "metrics"],
  schema: z.object({
    eventId,
    orderId,
    orderNumber,
    attendeeName,
    // Added within version 1 for the attendee's notification ("Your Flat White is ready"): optional, so events sent
    // before it still parse.
    drinkName: drink.shape.name.optional(),
    baristaId: id,
    completedAt: at,
  }),
});

export const orderRecalled = defineEvent("order/recalled", {
  version: 1,
  description: "A barista took a ready order back to making it, shortly after marking it ready.",
  producer: "orders",
  consumers: ["orders", "publisher", "journal", "metrics"],
  schema: z.object({ eventId, orderId, orderNumber, baristaId: id, baristaName: z.string().max(60), recalledAt: at }),
});

export const orderPickedUp = defineEvent("order/picked-up", {
  version: 1,
  description: "The attendee collected the drink.",
  producer: "orders",
  consumers: ["publisher", "journal", "metrics"],
  schema: z.object({ eventId, orderId, orderNumber, pickedUpAt: at }),
});

export const orderCancelled = defineEvent("order/cancelled", {
  version: 1,
  description: "The attendee, a barista or an organiser cancelled the order; closing the store with \"close now\" cancels each order still being chosen this way.",
  producer: "orders",
  consumers: ["orders", "publisher", "journal", "metrics"],
  schema: z.object({
    eventId,
    orderId,
    orderNumber: orderNumber.nullable(),
    by: z.enum(["attendee", "barista", "organiser"]),
    reason: z.string().min(1).max(200),
    cancelledAt: at,
  }),
});

export const orderTimedOut = defineEvent("order/timed-out", {
  version: 1,
  description: "Nobody acted in time: the attendee did not submit, or no barista completed the order.",
  producer: "orders",
  consumers: ["publisher", "journal", "metrics"],
  schema: z.object({
    eventId,
    orderId,
    orderNumber: orderNumber.nullable(),
    window: z.enum(["submit", "barista"]),
    timedOutAt: at,
  }),
});

export const orderRejected = defineEvent("order/rejected", {
  version: 1,
  description: "The order could not be taken: the store is closed, the booth is full or the attendee is over their limit.",
  producer: "orders",
  consumers: ["qr", "publisher", "journal", "metrics"],
  schema: z.object({
    eventId,
    orderId,
    attendeeId,
    reason: z.enum(["store-closed", "capacity-full", "attendee-limit"]),
    retryAfter: at.nullable(),
    rejectedAt: at,
  }),
});

export const qrCodeRedeemed = defineEvent("qr/code.redeemed", {
  version: 1,
  description: "An attendee redeemed one drink of the current window's code.",
  producer: "qr",
  consumers: ["publisher", "journal", "metrics"],
  schema: z.object({ eventId, qrWindowId: id, orderId, attendeeId, drinksLeft: z.number().int().min(0), redeemedAt: at }),
});

export const qrDrinkReturned = defineEvent("qr/drink.returned", {
  version: 1,
  description: "The booth refused an order after its drink was taken, or closed before its attendee chose: the drink is back in its window.",
  producer: "qr",
  consumers: ["publisher", "journal", "metrics"],
  schema: z.object({ eventId, qrWindowId: id, orderId, drinksLeft: z.number().int().min(0), returnedAt: at }),
});

export const configChanged = defineEvent("config/changed", {
  version: 1,
  description: "An event's settings changed: store open or closed, menu, limits.",
  producer: "config",
  consumers: ["publisher", "journal"],
  schema: z.object({
    eventId,
    // What changed, as a path: "storeOpen", "menu.Latte.available" (a drink), "menu.Milk.Oat.available" (an option, on every drink).
    changed: z.array(z.string().max(100)).min(1),
    storeOpen: z.boolean(),
    // Added within version 1 so a replay can repeat a sold-out switch: the new value when the change is one drink's or
    // option's availability. Optional, so events sent before it still parse.
    available: z.boolean().optional(),
    changedBy: id,
    changedAt: at,
  }),
});

export const staffChanged = defineEvent("staff/member.changed", {
  version: 1,
  description: "Someone was added to, moved within or removed from an event's staff.",
  producer: "staff",
  consumers: ["journal"],
  schema: z.object({
    eventId,
    userId: id,
    role: z.enum(["BARISTA", "DISPLAY"]).nullable().describe("null: removed"),
    changedBy: id,
    changedAt: at,
  }),
});

export const engineSelfTestRequested = defineEvent("engine/self-test.requested", {
  version: 1,
  description: "Asks the workflow engine to prove it runs steps, sleeps and waits (the health check and the demo).",
  producer: "engine",
  consumers: ["engine", "journal"],
  schema: z.object({ testId: id, requestedAt: at }),
});

export const engineSelfTestConfirmed = defineEvent("engine/self-test.confirmed", {
  version: 1,
  description: "The answer a self-test waits for.",
  producer: "engine",
  consumers: ["engine", "journal"],
  schema: z.object({ testId: id, confirmedAt: at }),
});

export const catalog = [
  orderStarted,
  orderAccepted,
  orderSubmitted,
  orderQueued,
  orderClaimed,
  orderReleased,
  orderCompleted,
  orderRecalled,
  orderPickedUp,
  orderCancelled,
  orderTimedOut,
  orderRejected,
  qrCodeRedeemed,
  qrDrinkReturned,
  configChanged,
  staffChanged,
  engineSelfTestRequested,
  engineSelfTestConfirmed,
] as const;

export type CatalogEvent = (typeof catalog)[number];
export type CatalogEventName = CatalogEvent["name"];
export type EventData<Name extends CatalogEventName> = z.infer<Extract<CatalogEvent, { name: Name }>["schema"]>;

const byName = new Map<string, CatalogEvent>(catalog.map((definition) => [definition.name, definition]));

export function findEventDefinition(name: string): CatalogEvent | undefined {
  return byName.get(name);
}
