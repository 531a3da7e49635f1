import { z } from "zod";
import { chosenDrink, orderStatus } from "./common";

/** A started order: the phone goes to its page. */
export const startedOrder = z.object({ orderId: z.string() });

/**
 * The attendee's page of their own order: where it stands, its number, place in the queue and wait, the drink,
 * the first name of whoever makes it, how it ended, and the event it belongs to (address, name, colour, clock).
 */
export const attendeeOrder = z.object({
  id: z.string(),
  status: orderStatus,
  orderNumber: z.number().int().nullable(),
  drink: chosenDrink.nullable(),
  startedAt: z.date(),
  admitted: z.boolean(),
  submitBy: z.date().nullable(),
  submittedAt: z.date().nullable(),
  baristaName: z.string().nullable(),
  completedAt: z.date().nullable(),
  endedAt: z.date().nullable(),
  endedBy: z.string().nullable(),
  endReason: z.string().nullable(),
  /** How it ended, as a code for a page to say in its language ("cancelled-by-you"); null for a barista's own words. */
  endCode: z.string().nullable(),
  rejectedFor: z.string().nullable(),
  retryAfter: z.date().nullable(),
  queuePosition: z.number().int().nullable(),
  waitSeconds: z.number().nullable(),
  event: z.object({ id: z.string(), slug: z.string(), name: z.string(), brandColor: z.string(), timeZone: z.string(), locale: z.string() }),
  /** Once the order is over: whether the booth's rules let this attendee order another now, and if not, why (also as a code). */
  nextOrder: z
    .object({
      allowed: z.boolean(),
      refusal: z.string().nullable(),
      problem: z.object({ code: z.string(), values: z.record(z.string(), z.union([z.string(), z.number()])).optional() }).nullable(),
    })
    .nullable(),
});

/** The drink form, once sent: which order and the drink's name. */
export const submittedOrder = z.object({ orderId: z.string(), drink: z.string().nullable() });

/** The attendee's own cancel: the order and its new state. */
export const cancelledOrder = z.object({ orderId: z.string(), status: orderStatus });

/** This browser will be told when the order is ready. */
export const readyNotification = z.object({ orderId: z.string(), notifying: z.literal(true) });

/** The attendee's history at one event, newest first: one line and a link per order. */
export const attendeeOrderList = z.array(
  z.object({
    id: z.string(),
    status: orderStatus,
    orderNumber: z.number().int().nullable(),
    drinkName: z.string().nullable(),
    startedAt: z.date(),
    endReason: z.string().nullable(),
  }),
);
