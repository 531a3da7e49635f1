import { z } from "zod";
import type { Db } from "../../db/client";
import { ConflictError, isUniqueViolation } from "../../errors";
import { brandColor, eventName, eventSettings, locale, slug, timeZone } from "./event-settings";

export const createEventInput = eventSettings
  .partial()
  .extend({ slug, name: eventName, timeZone, locale, brandColor: brandColor.optional() })
  .strict();
export type CreateEventInput = z.infer<typeof createEventInput>;

export async function createEvent(db: Db, input: CreateEventInput) {
  try {
    return await db.event.create({ data: input });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`An event with the address "${input.slug}" already exists`);
    throw error;
  }
}
