import { randomBytes, timingSafeEqual } from "node:crypto";
import { availableParallelism } from "node:os";
import { deriveOnHashingThread } from "./hashing-thread";
import { isBcryptHash, verifyBcrypt } from "./legacy-bcrypt";

/**
 * Staff passwords, hashed with scrypt through Node's crypto: the work runs on a low-priority thread of its own
 * (hashing-thread.ts), so a sign-in (or a guesser's hundred) never holds the thread that serves the board. A hash names its own parameters
 * (`scrypt$N$r$p$salt$key`), so stronger settings later still read the hashes made today. Hashes from before
 * (bcrypt, `$2a$`/`$2b$`) still verify, on a thread of their own, and are replaced at the next sign-in.
 */

export type ScryptParams = { N: number; r: number; p: number };

/**
 * OWASP's scrypt settings trade memory for passes (N=2^17,r=8,p=1 equals N=2^15,r=8,p=3): this one needs 32 MiB
 * per hash instead of 128, which a booth laptop that also runs the database can spare, and takes about 190 ms on
 * its core (as long as the bcrypt cost 12 it replaces, but off the request thread).
 */
export const productionScrypt: ScryptParams = { N: 2 ** 15, r: 8, p: 3 };

// Test runs (and only they) may lower it: PRESSO_TEST_PASSWORD_COST is log2 of N, so that suites making many
// accounts stay quick.
const testCost = process.env.NODE_ENV === "test" ? Number(process.env.PRESSO_TEST_PASSWORD_COST) : NaN;
export const currentScrypt: ScryptParams = Number.isInteger(testCost) && testCost > 0 ? { N: 2 ** testCost, r: 8, p: 1 } : productionScrypt;

export const staffPassword = {
  min: 8,
  max: 72, // the longest bcrypt could tell apart; kept so that no password set before is now out of bounds
};

const KEY_BYTES = 32;
const SALT_BYTES = 16;

/**
 * At most two hashes at once (a thread each), and always a core left for the request thread and the database's
 * thread: on a two-core laptop, two hashes at once would take both cores while guessers keep them busy.
 */
const HASHING_SLOTS = Math.min(2, Math.max(1, availableParallelism() - 1));
let hashing = 0;
const waiting: Array<() => void> = [];

async function inSlot<T>(work: () => Promise<T>): Promise<T> {
  if (hashing >= HASHING_SLOTS) await new Promise<void>((resume) => waiting.push(resume));
  else hashing++;
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next(); // the slot passes straight to the next in line
    else hashing--;
  }
}

function derive(password: string, salt: Buffer, params: ScryptParams, keyBytes: number): Promise<Buffer> {
  // NFC: the same password typed on a phone and on a laptop can arrive as different code points for "é".
  const input = password.normalize("NFC");
  const maxmem = 128 * params.r * (params.N + params.p + 2) + 1024 * 1024;
  return inSlot(() => deriveOnHashingThread({ password: input, salt, keyBytes, params: { ...params, maxmem } }));
}

function encode(params: ScryptParams, salt: Buffer, key: Buffer): string {
  return ["scrypt", params.N, params.r, params.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

type ScryptHash = { params: ScryptParams; salt: Buffer; key: Buffer };

/** Null for anything that is not a hash this code made, including parameters no sane setting would use. */
function decode(hash: string): ScryptHash | null {
  // Exactly 16 bytes of salt and 32 of key: a shortened key would still match (it is a prefix of the full one).
  const match = /^scrypt\$(\d{1,8})\$(\d{1,2})\$(\d{1,2})\$([\w-]{22})\$([\w-]{43})$/.exec(hash);
  if (!match) return null;
  const [N, r, p] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const powerOfTwo = N >= 2 && (N & (N - 1)) === 0;
  if (!powerOfTwo || N > 2 ** 20 || r < 1 || r > 32 || p < 1 || p > 16) return null;
  return { params: { N, r, p }, salt: Buffer.from(match[4]!, "base64url"), key: Buffer.from(match[5]!, "base64url") };
}

export async function hashPassword(password: string, params: ScryptParams = currentScrypt): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  return encode(params, salt, await derive(password, salt, params, KEY_BYTES));
}

export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  if (isBcryptHash(hash)) return verifyBcrypt(password, hash);
  const stored = decode(hash);
  if (!stored) return false;
  const key = await derive(password, stored.salt, stored.params, KEY_BYTES);
  return timingSafeEqual(key, stored.key);
}

/** True for a hash that should be made again at the next sign-in: bcrypt, or scrypt with other settings. */
export function needsRehash(hash: string): boolean {
  const stored = decode(hash);
  if (!stored) return true;
  const { N, r, p } = stored.params;
  return N !== currentScrypt.N || r !== currentScrypt.r || p !== currentScrypt.p;
}

/** Spent when no account matches, so a wrong e-mail costs as long as a wrong password. */
export async function spendPasswordCheck(password: string): Promise<false> {
  await derive(password, randomBytes(SALT_BYTES), currentScrypt, KEY_BYTES);
  return false;
}
