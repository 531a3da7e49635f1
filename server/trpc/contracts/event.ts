import { z } from "zod";
import { station } from "./common";

/** What anyone may read of an event: the order page's heading, colour and clock. No limits, no staff. */
export const publicEventInfo = z.object({
  slug: z.string(),
  name: z.string(),
  timeZone: z.string(),
  locale: z.string(),
  brandColor: z.string(),
  /** The logo's version (null: no logo); eventPaths(slug).logo(digest) is its address. */
  logoDigest: z.string().nullable(),
  storeOpen: z.boolean(),
});

/**
 * An event's menu in display order, sold-out drinks and options included: the attendee's drink form and the
 * barista's sold-out switches. Ids are what an order's choice names; event ids and sort keys stay on the server.
 */
export const menu = z.array(
  z.object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    station,
    available: z.boolean(),
    optionGroups: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        selection: z.enum(["SINGLE", "MULTIPLE"]),
        required: z.boolean(),
        maxChoices: z.number().int().nullable(),
        options: z.array(z.object({ id: z.string(), name: z.string(), isDefault: z.boolean(), available: z.boolean() })),
      }),
    ),
  }),
);
