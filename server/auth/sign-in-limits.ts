import { createLimiter, type Limit, type Limiter, type Verdict } from "../security/rate-limit";
import { staffEmail } from "./accounts";

/**
 * How many sign-in attempts are let through before the password is even looked at.
 * - Staff, per account: 5 failures in 15 minutes, from wherever they come. A guesser gets 20 guesses an hour at
 *   a barista's password; a barista who mistypes gets five tries. The price: someone who knows a barista's e-mail
 *   can lock it for 15 minutes; a barista already signed in (sessions last two weeks) is not affected.
 * - Staff, per client address: 20 failures in 15 minutes over all e-mails, so one device cannot try one password
 *   on every account (or make the server hash for made-up e-mails).
 * - Guests, per client address: 60 sign-ins a minute. On the booth's Wi-Fi each phone has its own address and
 *   needs one or two; behind a venue's NAT (managed mode) a whole hall can share one, and a booth's rush stays
 *   well under that; a script making guests in a loop is held to one a second.
 * - Pairing codes, per client address: 10 tries in 15 minutes. A device types one code, twice if mistyped; a guesser
 *   gets 40 an hour against 887 million codes that live 15 minutes each.
 * Each attempt takes its point before the check, so a burst of simultaneous guesses cannot all pass; a
 * successful staff sign-in forgets the account's failures and gives the client's point back.
 */
export const signInLimits = {
  staffPerAccount: { points: 5, windowSeconds: 15 * 60 },
  staffPerClient: { points: 20, windowSeconds: 15 * 60 },
  guestPerClient: { points: 60, windowSeconds: 60 },
  pairingPerClient: { points: 10, windowSeconds: 15 * 60 },
} satisfies Record<string, Limit>;

type Limiters = Record<keyof typeof signInLimits, Limiter>;

// On globalThis, like the runtime: `next dev` reloads modules, and a reload must not forget a guesser.
const holder = globalThis as typeof globalThis & { __pressoSignInLimiters?: Limiters };

function limiters(): Limiters {
  return (holder.__pressoSignInLimiters ??= {
    staffPerAccount: createLimiter("sign-in:staff:account", signInLimits.staffPerAccount),
    staffPerClient: createLimiter("sign-in:staff:client", signInLimits.staffPerClient),
    guestPerClient: createLimiter("sign-in:guest:client", signInLimits.guestPerClient),
    pairingPerClient: createLimiter("sign-in:pairing:client", signInLimits.pairingPerClient),
  });
}

/** The account an attempt is for, spelled as sign-in reads it; none for a field that is not an e-mail. */
function accountKey(email: unknown): string | undefined {
  const parsed = staffEmail.safeParse(email);
  return parsed.success ? parsed.data : undefined;
}

export type StaffAttempt = { email: unknown; client: string };

export async function admitStaffAttempt({ email, client }: StaffAttempt): Promise<Verdict> {
  // The client first: a device that is already refused never gets to add keys for made-up e-mails.
  const byClient = await limiters().staffPerClient.consume(client);
  if (!byClient.allowed) return byClient;
  const account = accountKey(email);
  return account ? limiters().staffPerAccount.consume(account) : { allowed: true };
}

export async function staffSignInSucceeded({ email, client }: StaffAttempt): Promise<void> {
  const account = accountKey(email);
  if (account) await limiters().staffPerAccount.reset(account);
  await limiters().staffPerClient.giveBack(client);
}

export function admitGuestAttempt({ client }: { client: string }): Promise<Verdict> {
  return limiters().guestPerClient.consume(client);
}

export function admitPairingAttempt({ client }: { client: string }): Promise<Verdict> {
  return limiters().pairingPerClient.consume(client);
}
