import { z } from "zod";
import type { Db } from "../../db/client";
import { NotFoundError } from "../../errors";
import { brandColor, eventName, eventSettings, locale, slug, timeZone } from "./event-settings";

export const updateEventSettingsInput = z
  .object({
    slug,
    changes: eventSettings
      .extend({ name: eventName, timeZone, locale, brandColor })
      .partial()
      .strict()
      .refine((changes) => Object.keys(changes).length > 0, "name at least one setting to change"),
  })
  .strict();
export type UpdateEventSettingsInput = z.infer<typeof updateEventSettingsInput>;

/** One update by slug: a missing event changes nothing and says so. */
export async function updateEventSettings(db: Db, { slug: eventSlug, changes }: UpdateEventSettingsInput) {
  const { count } = await db.event.updateMany({ where: { slug: eventSlug }, data: changes });
  if (count === 0) throw new NotFoundError(`There is no event "${eventSlug}"`);
  return db.event.findUniqueOrThrow({ where: { slug: eventSlug } });
}
