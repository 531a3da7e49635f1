import { createHash, randomInt } from "node:crypto";
import { z } from "zod";
import type { Db } from "../../db/client";
import { NotFoundError, RefusedError } from "../../errors";
import { slug } from "../../shared/event-slug";
import { text } from "../../validation/text";
import { staffRole } from "./membership";

/**
 * Pairing a device with an event: the organiser's console makes a one-time code; a booth screen (a TV with a remote)
 * types it, or a barista's tablet opens its link, and becomes a staff member of that event in the role and under
 * the name the organiser chose, with no e-mail and no password to type. A code is short enough to type with a
 * remote, used once, and lives 15 minutes; the database keeps only its hash.
 */

/** No 0/O, 1/I/L: a code read off one screen and typed on another with a remote. */
const alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const codeLength = 6;
export const pairingCodeLifetimeMs = 15 * 60_000;

export const pairingCodeInput = z
  .object({ slug, role: staffRole, name: text({ min: 2, max: 40 }) })
  .strict();
export type PairingCodeInput = z.infer<typeof pairingCodeInput>;

/** What a person types: any case, spaces or dashes between the groups. Null when it cannot be a code. */
export function normalisePairingCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, "");
  return code.length === codeLength && [...code].every((c) => alphabet.includes(c)) ? code : null;
}

const hashOf = (code: string) => createHash("sha256").update(code).digest("hex");

/** "K7MQ2P" → "K7M Q2P": how the console shows it, in two groups easy to read out. */
export const formatPairingCode = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`;

export async function createPairingCode(db: Db, input: PairingCodeInput & { createdBy: string; now?: Date }) {
  const event = await db.event.findUnique({ where: { slug: input.slug }, select: { id: true } });
  if (!event) throw new NotFoundError(`There is no event "${input.slug}"`);
  const code = Array.from({ length: codeLength }, () => alphabet[randomInt(alphabet.length)]).join("");
  const expiresAt = new Date((input.now ?? new Date()).getTime() + pairingCodeLifetimeMs);
  await db.pairingCode.create({
    data: { eventId: event.id, role: input.role, name: input.name, codeHash: hashOf(code), createdBy: input.createdBy, expiresAt },
  });
  return { code, expiresAt };
}

export const pairingRefused = "That code does not work: it may be mistyped, used already or older than 15 minutes. Ask for a new one in the console.";

/**
 * Uses a code: one conditional update takes it (unused, unexpired), so two devices typing it at once cannot both
 * join; the staff account and its place on the event are made in the same transaction. Returns the new staff
 * member and their event's address.
 */
export async function redeemPairingCode(db: Db, input: { code: string; now?: Date }) {
  const code = normalisePairingCode(input.code);
  if (!code) throw new RefusedError(pairingRefused, "pairing-code-refused");
  const now = input.now ?? new Date();
  return db.$transaction(
    async (tx) => {
      const { count } = await tx.pairingCode.updateMany({ where: { codeHash: hashOf(code), usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
      if (count === 0) throw new RefusedError(pairingRefused, "pairing-code-refused");
      const pairing = await tx.pairingCode.findUniqueOrThrow({ where: { codeHash: hashOf(code) }, include: { event: { select: { slug: true } } } });
      const user = await tx.user.create({ data: { kind: "STAFF", name: pairing.name } });
      await tx.eventStaff.create({ data: { eventId: pairing.eventId, userId: user.id, role: pairing.role } });
      await tx.pairingCode.update({ where: { id: pairing.id }, data: { userId: user.id } });
      return { user: { id: user.id, name: user.name, kind: user.kind }, role: pairing.role, slug: pairing.event.slug };
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
}
