import bcrypt from "bcryptjs";

// bcrypt's cost 12 takes about a quarter of a second here: slow for a guesser, fine for a sign-in.
// Test runs (and only they) may lower it, so that suites creating many accounts stay quick.
const COST = process.env.NODE_ENV === "test" && process.env.PRESSO_TEST_PASSWORD_COST ? Number(process.env.PRESSO_TEST_PASSWORD_COST) : 12;

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
