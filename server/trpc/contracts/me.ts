import { z } from "zod";

/** Who the browser is signed in as (their own id and name), or null when nobody is. */
export const whoAmI = z
  .object({
    userId: z.string(),
    name: z.string(),
    kind: z.enum(["guest", "staff"]),
    isOrganiser: z.boolean(),
  })
  .nullable();

/** The name that now goes on the attendee's cup, as stored. */
export const renamedGuest = z.object({ name: z.string() });
