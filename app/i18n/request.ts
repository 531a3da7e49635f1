import { TRPCError } from "@trpc/server";
import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { serverCaller } from "@/server/trpc/server-caller";
import { eventSlugOf, localeCookie, pathHeader, resolveLocale, type Catalogue } from "./locale";

/**
 * next-intl's request config (named in next.config.mjs): the language, time zone and messages of this request.
 * There is no [locale] segment: proxy.ts hands over the page's path, an event page follows its event, and the
 * `presso-locale` cookie may change the language (app/i18n/locale.ts has the rule).
 */

/** One read per request, however many components ask; an unknown or malformed slug is no event (English, UTC). */
const readEventLanguage = cache(async (slug: string) => {
  try {
    const { locale, timeZone } = await (await serverCaller()).event.publicInfo({ slug });
    return { locale, timeZone };
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) return null;
    throw error;
  }
});

/** Imported by name, so the bundler (and next-intl's precompiler) sees each catalogue. */
const loadMessages: Record<Catalogue, () => Promise<{ default: Messages }>> = {
  en: () => import("./messages/en.json"),
  pt: () => import("./messages/pt.json"),
  es: () => import("./messages/es.json"),
  de: () => import("./messages/de.json"),
  ja: () => import("./messages/ja.json"),
};

type Messages = typeof import("./messages/en.json");

export default getRequestConfig(async () => {
  const slug = eventSlugOf((await headers()).get(pathHeader));
  const event = slug === null ? null : await readEventLanguage(slug);
  const { locale, catalogue, timeZone } = resolveLocale({ event, chosen: (await cookies()).get(localeCookie)?.value });
  return { locale, timeZone, messages: (await loadMessages[catalogue]()).default };
});
