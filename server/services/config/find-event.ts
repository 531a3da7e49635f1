import type { Db } from "../../db/client";
import { NotFoundError } from "../../errors";

export async function findEventBySlug(db: Db, slug: string) {
  const event = await db.event.findUnique({ where: { slug } });
  if (!event) throw new NotFoundError(`There is no event "${slug}"`);
  return event;
}

/** What anyone may know of an event: no limits, no staff. */
export async function readPublicEvent(db: Db, slug: string) {
  const event = await findEventBySlug(db, slug);
  return {
    slug: event.slug,
    name: event.name,
    timeZone: event.timeZone,
    locale: event.locale,
    brandColor: event.brandColor,
    logoDigest: event.logoDigest,
    storeOpen: event.storeOpen,
  };
}

export function listEvents(db: Db) {
  return db.event.findMany({ orderBy: { name: "asc" } });
}

export async function findEventById(db: Db, id: string) {
  const event = await db.event.findUnique({ where: { id } });
  if (!event) throw new NotFoundError("There is no such event");
  return event;
}
