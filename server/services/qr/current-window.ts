import { randomBytes } from "node:crypto";
import type { Db } from "../../db/client";
import { isUniqueViolation } from "../../errors";

/**
 * The booth's code for the current time window. Windows are aligned to the wall clock (a 300 s rotation starts
 * at :00, :05, …), so every screen and server agrees on which window it is; each window's code is created the
 * first time anybody asks for it, with the event's drinks per code.
 */

export type QrSettings = { eventId: string; qrRotationSeconds: number; drinksPerCode: number };

export function windowBounds(rotationSeconds: number, now: Date) {
  const length = rotationSeconds * 1000;
  const startsAt = new Date(Math.floor(now.getTime() / length) * length);
  return { startsAt, endsAt: new Date(startsAt.getTime() + length) };
}

/** 96 random bits, URL-safe: a code cannot be guessed, only read off the booth screen. */
const newCode = () => randomBytes(12).toString("base64url");

export async function currentWindow(db: Db, settings: QrSettings, now = new Date()) {
  const { startsAt, endsAt } = windowBounds(settings.qrRotationSeconds, now);
  const key = { eventId_startsAt: { eventId: settings.eventId, startsAt } };
  const existing = await db.qrWindow.findUnique({ where: key });
  if (existing) return existing;
  try {
    return await db.qrWindow.create({
      data: { eventId: settings.eventId, startsAt, endsAt, code: newCode(), drinksTotal: settings.drinksPerCode, drinksLeft: settings.drinksPerCode },
    });
  } catch (error) {
    // Two screens asked at the same moment: the other one created it.
    if (isUniqueViolation(error)) return db.qrWindow.findUniqueOrThrow({ where: key });
    throw error;
  }
}

/** The code a screen may show: the current window's while the store is open, none while it is closed. */
export function windowWhileOpen(db: Db, event: { id: string; storeOpen: boolean; qrRotationSeconds: number; drinksPerCode: number }, now = new Date()) {
  return event.storeOpen ? currentWindow(db, { eventId: event.id, qrRotationSeconds: event.qrRotationSeconds, drinksPerCode: event.drinksPerCode }, now) : null;
}
