import { z } from "zod";
import { chosenDrink, orderStatus, station } from "./common";

/**
 * One card on the barista board: number, the attendee's name and drink, its state, who makes it by name and
 * whether it is the viewer's own (`mine`). Never a user id, of the attendee or of another barista.
 */
export const boardOrder = z.object({
  id: z.string(),
  orderNumber: z.number().int(),
  attendeeName: z.string(),
  drink: chosenDrink,
  station,
  status: orderStatus,
  baristaName: z.string().nullable(),
  queuedAt: z.date().nullable(),
  claimedAt: z.date().nullable(),
  completedAt: z.date().nullable(),
  mine: z.boolean(),
});

/** The barista board: the event's switch and timings, the current code's drinks left, and the live orders. */
export const boardState = z.object({
  event: z.object({ id: z.string(), slug: z.string(), name: z.string(), storeOpen: z.boolean(), readyDisplaySeconds: z.number().int() }),
  window: z.object({ id: z.string(), drinksLeft: z.number().int(), drinksTotal: z.number().int(), endsAt: z.date() }).nullable(),
  orders: z.array(boardOrder),
});

/**
 * What a barista's tap (make, release, ready, recall, picked up, cancel) returns: the order it moved and where it
 * stands now. The board re-reads itself after each; the attendee's id and the barista's id stay on the server.
 */
export const baristaActionResult = z.object({
  id: z.string(),
  status: orderStatus,
  orderNumber: z.number().int().nullable(),
  baristaName: z.string().nullable(),
});

/** The store switch after it was flipped, and how many orders a "close now" ended (0 otherwise). */
export const storeSwitch = z.object({ storeOpen: z.boolean(), ordersEnded: z.number().int().min(0) });

/** How many people are choosing a drink right now: what the barista is told before closing the store. */
export const choosingNow = z.object({ attendees: z.number().int().min(0) });
