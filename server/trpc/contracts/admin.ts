import { z } from "zod";
import { staffRole } from "./common";
import { publicEventInfo } from "./event";

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

/** A drink just added to a menu. */
export const addedMenuItem = z.object({ id: z.string(), name: z.string() });

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

/** A pairing code as the console shows it ("K7M Q2P"), the path that carries it, and when it stops working. */
export const pairingCode = z.object({ code: z.string(), path: z.string(), expiresAt: z.date() });

/** Removing someone returns nothing. */
export const nothing = z.void();
