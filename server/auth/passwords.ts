import bcrypt from "bcryptjs";

// bcrypt's cost 12 takes about a quarter of a second here: slow for a guesser, fine for a sign-in.
const COST = 12;

export const staffPassword = {
  min: 8,
  max: 72, // bcrypt ignores what comes after 72 bytes
};

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// Compared against when no account matches, so a wrong e-mail costs as long as a wrong password.
const UNUSED_HASH = bcrypt.hashSync("presso-no-such-account", COST);

export async function spendPasswordCheck(password: string): Promise<false> {
  await bcrypt.compare(password, UNUSED_HASH);
  return false;
}
