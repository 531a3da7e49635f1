import { z } from "zod";

const displayEntry = z.object({ orderNumber: z.number().int(), firstName: z.string(), drink: z.string() });

/**
 * The booth screen (staff of the event only, since it carries the live code): the event's name, colour and
 * switch, the current code and its drinks, and numbers, first names and drinks of the Preparing and Ready
 * lists (everyone at the booth reads them). `serverTime` lets the screen count down on the server's clock.
 * `orderAddress` is where phones should open the code's link: the configured public address, or, without one,
 * this machine's network addresses (staff only: they tell a screen opened at localhost where to go instead).
 */
export const displayState = z.object({
  /** `readyDisplaySeconds`: how long a ready drink stays listed, so the screen can list one a push made ready. */
  event: z.object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    brandColor: z.string(),
    logoDigest: z.string().nullable(),
    storeOpen: z.boolean(),
    readyDisplaySeconds: z.number().int(),
  }),
  window: z
    .object({
      id: z.string(),
      code: z.string(),
      startsAt: z.date(),
      endsAt: z.date(),
      drinksLeft: z.number().int(),
      drinksTotal: z.number().int(),
      hideCodeSeconds: z.number().int(),
    })
    .nullable(),
  orders: z.object({
    preparing: z.array(displayEntry),
    ready: z.array(displayEntry.extend({ readyAt: z.date(), leavesAt: z.date() })),
  }),
  orderAddress: z.object({ publicUrl: z.url().nullable(), lanAddresses: z.array(z.ipv4()) }),
  serverTime: z.date(),
});
