import { z } from "zod";
import { text } from "../../validation/text";

/** The settings of an event (ARCHITECTURE §4) with the bounds a booth can live with. */

const seconds = (min: number, max: number) => z.number().int().min(min).max(max);

export const eventSettingsShape = {
  qrRotationSeconds: seconds(30, 3600),
  drinksPerCode: z.number().int().min(1).max(500),
  maxOpenOrders: z.number().int().min(1).max(1000),
  maxOpenOrdersPerAttendee: z.number().int().min(1).max(10),
  maxOrdersPerAttendeePerDay: z.number().int().min(1).max(50),
  submitWindowSeconds: seconds(5, 3600),
  baristaWindowSeconds: seconds(5, 4 * 3600),
  readyDisplaySeconds: seconds(5, 3600),
};

export const eventSettings = z.object(eventSettingsShape);
export type EventSettings = z.infer<typeof eventSettings>;

export { slug } from "../../shared/event-slug";

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

function isLocale(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

export const timeZone = z.string().trim().min(1).max(64).refine(isTimeZone, "not a known time zone (e.g. Europe/Lisbon)");
export const locale = z.string().trim().min(2).max(35).refine(isLocale, "not a language tag (e.g. pt-PT)");
export const eventName = text({ min: 2, max: 80 });
export const brandColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, "a colour like #0b7285");
