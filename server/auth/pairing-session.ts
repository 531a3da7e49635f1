import type { Db } from "../db/client";
import { RefusedError } from "../errors";
import { clientAddress } from "../security/client-address";
import { redeemPairingCode } from "../services/staff/pairing-codes";
import { sessionCookieOf } from "./guest-session";
import { admitPairingAttempt } from "./sign-in-limits";

type HeaderSource = Parameters<typeof clientAddress>[0];

export type PairingOutcome =
  | { kind: "paired"; slug: string; role: "BARISTA" | "DISPLAY"; cookie: Awaited<ReturnType<typeof sessionCookieOf>> }
  | { kind: "refused"; message: string }
  | { kind: "paused"; retryAfterSeconds: number };

/**
 * A device types the console's pairing code: past the limit per client address (sign-in-limits.ts), the code makes
 * it a staff member of the event, and the answer carries the session cookie that signs it in, the same cookie
 * next-auth would write (guest-session.ts). The caller sets it and sends the device to its screen.
 */
export async function startPairedSession(db: Db, input: { code: string; headers: HeaderSource; secret: string }): Promise<PairingOutcome> {
  const verdict = await admitPairingAttempt({ client: clientAddress(input.headers) });
  if (!verdict.allowed) return { kind: "paused", retryAfterSeconds: verdict.retryAfterSeconds };
  try {
    const paired = await redeemPairingCode(db, { code: input.code });
    return { kind: "paired", slug: paired.slug, role: paired.role, cookie: await sessionCookieOf(paired.user, input) };
  } catch (error) {
    if (error instanceof RefusedError) return { kind: "refused", message: error.message };
    throw error;
  }
}
