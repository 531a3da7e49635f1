import { z } from "zod";

/** Who caused a step of an order's journey (see server/services/journal/order-journey.ts for how it is derived). */
const journeyActor = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("attendee"), name: z.string().nullable() }),
  z.object({ kind: z.literal("barista"), name: z.string().nullable() }),
  z.object({ kind: z.literal("organiser") }),
  z.object({ kind: z.literal("timeout"), window: z.enum(["submit", "barista"]) }),
  z.object({ kind: z.literal("storeClosing") }),
  z.object({ kind: z.literal("booth") }),
]);

/** One order's story for its event's staff: each step's time, the gap since the one before, who and what. */
export const orderJourney = z.object({
  event: z.object({ slug: z.string(), name: z.string(), timeZone: z.string() }),
  orderId: z.string(),
  orderNumber: z.number().int().nullable(),
  steps: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      occurredAt: z.date(),
      sincePreviousMs: z.number().nullable(),
      actor: journeyActor,
      facts: z.object({
        orderNumber: z.number().int().nullable(),
        drink: z.string().nullable(),
        reason: z.string().nullable(),
        drinksLeft: z.number().int().nullable(),
      }),
    }),
  ),
});

/** The orders that carried a number at an event, newest first, with the local day of each. */
export const orderNumberMatches = z.array(
  z.object({ orderId: z.string(), orderNumber: z.number().int(), queuedAt: z.date(), day: z.string() }),
);

/** A page of the journal browser: entries newest first, the zone their times are shown in, the next page's cursor. */
export const journalPage = z.object({
  timeZone: z.string(),
  entries: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      version: z.number().int(),
      occurredAt: z.date(),
      source: z.string(),
      eventId: z.string().nullable(),
      orderId: z.string().nullable(),
      data: z.unknown(),
    }),
  ),
  nextCursor: z.string().nullable(),
});
