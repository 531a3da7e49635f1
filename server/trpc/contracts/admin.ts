import { z } from "zod";
import { staffRole } from "./common";
import { menu, publicEventInfo } from "./event";

/**
 * An event as its organiser manages it: address, name, place and language, colour, the store switch and every
 * limit the organiser sets. Row timestamps stay on the server.
 */
export const eventSettings = publicEventInfo.extend({
  id: z.string(),
  qrRotationSeconds: z.number().int(),
  drinksPerCode: z.number().int(),
  maxOpenOrders: z.number().int(),
  maxOpenOrdersPerAttendee: z.number().int(),
  maxOrdersPerAttendeePerDay: z.number().int(),
  submitWindowSeconds: z.number().int(),
  baristaWindowSeconds: z.number().int(),
  readyDisplaySeconds: z.number().int(),
});

/** The organiser's events table, by name. */
export const eventSettingsList = z.array(eventSettings);

/** A drink just added to a menu, changed or removed. */
export const addedMenuItem = z.object({ id: z.string(), name: z.string() });

/**
 * The menu editor's view of an event: its name and whether the store is open (to warn when nothing is left to
 * order), and the whole menu with each drink's picture.
 */
export const editableMenu = z.object({
  // The id names the board's channel, where the editor hears other organisers' and baristas' changes.
  event: z.object({ id: z.string(), slug: z.string(), name: z.string(), storeOpen: z.boolean() }),
  items: z.array(menu.element.extend({ icon: z.string() })),
});

/** Whether a drink moved (it was at the end already otherwise). */
export const movedMenuItem = z.object({ moved: z.boolean() });

/**
 * One person on an event's staff, for the organiser only: their id (to remove them), name, e-mail and role.
 * Never their password hash or sessions.
 */
export const staffMember = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  role: staffRole,
});

export const staffList = z.array(staffMember);

/** Removing someone returns nothing. */
export const nothing = z.void();
