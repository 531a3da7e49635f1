import { z } from "zod";
import { staffRole } from "./common";
import { menu } from "./event";

/** The home page's list of a staff member's events, with their role at each (organisers: every event). */
export const myEvents = z.array(
  z.object({
    slug: z.string(),
    name: z.string(),
    storeOpen: z.boolean(),
    role: z.union([staffRole, z.literal("ORGANISER")]),
  }),
);

/**
 * The barista page: the event's heading and the limits it shows under it, the caller's role there and the menu
 * with its sold-out switches. Not the event's row: its other settings and timestamps stay on the server.
 */
export const staffEventView = z.object({
  event: z.object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    timeZone: z.string(),
    maxOpenOrders: z.number().int(),
    drinksPerCode: z.number().int(),
  }),
  role: z.enum(["BARISTA", "ORGANISER"]),
  menu,
});

/** A drink marked sold out or back on: which one and how it stands now. */
export const menuItemAvailability = z.object({ id: z.string(), name: z.string(), available: z.boolean() });

/** An option (oat milk) marked sold out or back on: which, how it stands now, and the drinks that offer it. */
export const optionAvailability = z.object({ group: z.string(), name: z.string(), available: z.boolean(), drinks: z.array(z.string()) });

/** Whether a check-in counted towards a shift (organisers' screens are not recorded). */
export const checkedIn = z.object({ recorded: z.boolean() });
