import { z } from "zod";
import { OrderStatus, StaffRole, Station } from "../../generated/prisma/enums";

/**
 * Pieces more than one contract uses. Every contract is a zod object, and zod objects drop keys they do not name:
 * whatever a service returns, a browser receives only what its contract lists (`.output()` parses every result).
 */

/** An order's state, as the database spells it. */
export const orderStatus = z.enum(OrderStatus);

/** Where a drink is made (the espresso bar or the cold bar): each bar's board may show only its own. */
export const station = z.enum(Station);

/** A role on an event's staff (BARISTA or DISPLAY). */
export const staffRole = z.enum(StaffRole);

/** A chosen drink as the cup shows it: its name and one line per option ("Milk: Oat"). */
export const chosenDrink = z.object({
  name: z.string(),
  options: z.array(z.object({ group: z.string(), choice: z.string() })),
});
