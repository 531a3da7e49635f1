import { z } from "zod";
import type { Db } from "../../db/client";
import { NotFoundError } from "../../errors";
import { sendStagedEvents, stageEvent } from "../../events/outbox";
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

/**
 * One update by slug (a missing event changes nothing and says so), and `config/changed` naming each setting in
 * the same transaction, so the board, the booth screen and the phones re-read the event's limits, clock and language.
 */
export async function updateEventSettings(db: Db, { slug: eventSlug, changes }: UpdateEventSettingsInput, changedBy: string) {
  const { event, stagedEventIds } = await db.$transaction(
    async (tx) => {
      const { count } = await tx.event.updateMany({ where: { slug: eventSlug }, data: changes });
      if (count === 0) throw new NotFoundError(`There is no event "${eventSlug}"`);
      const event = await tx.event.findUniqueOrThrow({ where: { slug: eventSlug } });
      const changed = await stageEvent(tx, "config/changed", {
        eventId: event.id,
        changed: Object.keys(changes).map((setting) => `settings.${setting}`),
        storeOpen: event.storeOpen,
        changedBy,
        changedAt: new Date().toISOString(),
      });
      return { event, stagedEventIds: [changed] };
    },
    // PGlite runs one transaction at a time: under a rush, waiting for the database is normal, not an error.
    { maxWait: 30_000, timeout: 30_000 },
  );
  await sendStagedEvents(db, { ids: stagedEventIds });
  return event;
}
