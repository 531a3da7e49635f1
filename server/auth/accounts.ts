import { z } from "zod";
import type { Db } from "../db/client";
import { ConflictError, isUniqueViolation } from "../errors";
import { controlCharacterMessage, isPrintable, text } from "../validation/text";
import { guestName } from "./guest-name";
import { hashPassword, needsRehash, spendPasswordCheck, staffPassword, verifyPassword } from "./passwords";

export const staffEmail = z.string().trim().toLowerCase().max(254).pipe(z.email("Enter an e-mail address"));
export const staffName = text({ min: 2, max: 60 });
/** Not trimmed (spaces count), but nothing the sign-in form cannot type: such a password would lock its owner out. */
export const newStaffPassword = z
  .string()
  .min(staffPassword.min, `Use at least ${staffPassword.min} characters`)
  .max(staffPassword.max, `Use at most ${staffPassword.max} characters`)
  .refine((password) => isPrintable(password), controlCharacterMessage);

export const staffCredentials = z.object({
  email: staffEmail,
  password: z.string().min(1).max(staffPassword.max),
});

export type SignedInUser = { id: string; name: string; kind: "STAFF" | "GUEST" };

/** Returns the staff member these credentials belong to, or null; a miss costs as long as a wrong password. */
export async function verifyStaffCredentials(db: Db, credentials: unknown): Promise<SignedInUser | null> {
  const parsed = staffCredentials.safeParse(credentials);
  if (!parsed.success) return null;
  const user = await db.user.findUnique({ where: { email: parsed.data.email } });
  if (!user || user.kind !== "STAFF" || !user.passwordHash) {
    await spendPasswordCheck(parsed.data.password);
    return null;
  }
  if (!(await verifyPassword(parsed.data.password, user.passwordHash))) return null;
  if (needsRehash(user.passwordHash)) await upgradePasswordHash(db, { id: user.id, passwordHash: user.passwordHash }, parsed.data.password);
  return { id: user.id, name: user.name, kind: "STAFF" };
}

/**
 * Replaces an old hash (bcrypt, or scrypt with other settings) with one made now, from the password that just
 * matched it. Only if the hash is still the one that was checked: a password changed meanwhile is kept.
 */
export async function upgradePasswordHash(db: Db, user: { id: string; passwordHash: string }, password: string): Promise<void> {
  try {
    const passwordHash = await hashPassword(password);
    await db.user.updateMany({ where: { id: user.id, passwordHash: user.passwordHash }, data: { passwordHash } });
  } catch (error) {
    // The sign-in stands: the old hash still works and the next sign-in tries again.
    console.error(`[presso] could not upgrade a password hash: ${(error as Error).message}`);
  }
}

export async function createGuest(db: Db, name: unknown): Promise<SignedInUser | null> {
  const parsed = guestName.safeParse(name);
  if (!parsed.success) return null;
  const user = await db.user.create({ data: { kind: "GUEST", name: parsed.data } });
  return { id: user.id, name: user.name, kind: "GUEST" };
}

export const newStaffAccount = z.object({
  email: staffEmail,
  name: staffName,
  password: newStaffPassword,
  isOrganiser: z.boolean().default(false),
});
export type NewStaffAccount = z.input<typeof newStaffAccount>;

export async function createStaffAccount(db: Db, account: NewStaffAccount) {
  const { email, name, password, isOrganiser } = newStaffAccount.parse(account);
  try {
    return await db.user.create({
      data: { kind: "STAFF", email, name, isOrganiser, passwordHash: await hashPassword(password) },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`There is already an account for ${email}`);
    throw error;
  }
}
