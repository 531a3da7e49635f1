/**
 * Which language and time zone a page speaks, decided per request (app/i18n/request.ts) from plain facts, so the
 * rule is tested without Next.js. An event's page follows the event: its language picks the catalogue and its zone
 * dates every time, because a booth's screens must agree with each other and with the clock on the wall, not with
 * whichever zone a phone or tablet happens to be set to. A person may choose another language (the cookie), never
 * another zone.
 */

/** The catalogues in app/i18n/messages, by language. */
export const catalogues = ["en", "pt", "es", "de", "ja"] as const;
export type Catalogue = (typeof catalogues)[number];

/** The language a person chose on this browser, one of the catalogues; it overrides the event's language only. */
export const localeCookie = "presso-locale";

/**
 * The tag each catalogue is written in, used when a person's choice differs from the event's language: Portuguese
 * is Portugal's, and the others take no region, so Intl formats as the language's default.
 */
const catalogueTag: Record<Catalogue, string> = { en: "en", pt: "pt-PT", es: "es", de: "de", ja: "ja" };

/** Pages that belong to no event (sign-in, the offline page, admin) have no zone of their own: UTC, never the device's. */
export const noEventTimeZone = "UTC";

export type ResolvedLocale = {
  /** The BCP 47 tag for `<html lang>` and every Intl format, e.g. pt-PT. */
  locale: string;
  catalogue: Catalogue;
  timeZone: string;
};

export function isCatalogue(value: unknown): value is Catalogue {
  return typeof value === "string" && (catalogues as readonly string[]).includes(value);
}

/** The catalogue for a language tag (pt-PT and pt-BR → pt); anything without a catalogue → null. */
export function catalogueOf(tag: string): Catalogue | null {
  let language: string;
  try {
    language = new Intl.Locale(tag).language;
  } catch {
    return null;
  }
  return isCatalogue(language) ? language : null;
}

/**
 * `event` is the page's event (null off event pages, or for an unknown event); `chosen` is the cookie's value,
 * ignored unless it names a catalogue.
 */
export function resolveLocale({ event, chosen }: { event: { locale: string; timeZone: string } | null; chosen: string | undefined }): ResolvedLocale {
  const timeZone = event?.timeZone ?? noEventTimeZone;
  const eventCatalogue = event ? catalogueOf(event.locale) : null;
  if (isCatalogue(chosen) && chosen !== eventCatalogue) return { locale: catalogueTag[chosen], catalogue: chosen, timeZone };
  // The event's own tag when there is a catalogue for it, so Intl formats for its region (en-GB: 24-hour clock).
  if (event && eventCatalogue) return { locale: new Intl.Locale(event.locale).toString(), catalogue: eventCatalogue, timeZone };
  return { locale: catalogueTag.en, catalogue: "en", timeZone };
}

/** The event a page belongs to, from its path: /e/{slug}/… → slug; anything else → null. */
export function eventSlugOf(pathname: string | null): string | null {
  const match = /^\/e\/([^/]+)(?:\/|$)/.exec(pathname ?? "");
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

/** The request header proxy.ts sets to the page's path, so the request config knows the event without URL routing. */
export const pathHeader = "x-presso-path";
