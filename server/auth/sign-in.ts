import type { Db } from "../db/client";
import { clientAddress } from "../security/client-address";
import { createGuest, verifyStaffCredentials, type SignedInUser } from "./accounts";
import { staffSignInSucceeded } from "./sign-in-limits";

/**
 * What next-auth's credentials providers call (options.ts), after withSignInLimits let the attempt through. The
 * attempt's points were taken before; a staff member who gets in has their account's failures forgotten.
 */

type RequestHeaders = Record<string, string | string[] | undefined>;

export async function authorizeStaff(db: Db, credentials: unknown, headers: RequestHeaders | undefined): Promise<SignedInUser | null> {
  const user = await verifyStaffCredentials(db, credentials);
  if (user) {
    const email = (credentials as { email?: unknown } | null | undefined)?.email;
    await staffSignInSucceeded({ email, client: clientAddress(headers ?? {}) });
  }
  return user;
}

export function authorizeGuest(db: Db, credentials: unknown): Promise<SignedInUser | null> {
  return createGuest(db, (credentials as { name?: unknown } | null | undefined)?.name);
}
