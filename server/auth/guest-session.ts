import { encode } from "next-auth/jwt";
import type { Db } from "../db/client";
import { clientAddress } from "../security/client-address";
import { createGuest, type SignedInUser } from "./accounts";
import { authOptions } from "./options";
import { admitGuestAttempt } from "./sign-in-limits";

/**
 * A guest's sign-in inside another request: the attendee's first tap (the name for the cup) signs them in and
 * redeems the booth's code in one round trip, instead of next-auth's three (its CSRF token, its callback, then
 * the page). The session is the very cookie next-auth's guest provider would have written: the same signed JWT
 * (next-auth/jwt's encode, with the token options.ts's jwt callback makes), under the same name with the same
 * flags, so getServerSession reads it and Sign out clears it. The same limit applies as to next-auth's guest
 * sign-in (sign-in-guard.ts): a point per attempt and client address, taken before anything is written.
 */

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

const header = (headers: HeaderSource, name: string) => {
  const value = headers instanceof Headers ? headers.get(name) : headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? undefined;
};

/** The origin next-auth takes a request to come from (next-auth/utils/detect-origin), which decides its cookies' names. */
export function authOrigin(headers: HeaderSource, env: Record<string, string | undefined> = process.env): string {
  if (env.NEXTAUTH_URL) return env.NEXTAUTH_URL;
  if (env.VERCEL ?? env.AUTH_TRUST_HOST) {
    const host = header(headers, "x-forwarded-host") ?? header(headers, "host");
    return `${header(headers, "x-forwarded-proto") === "http" ? "http" : "https"}://${host}`;
  }
  return "http://localhost:3000"; // next-auth's own fallback
}

/** next-auth's session cookie for a request from this origin: `__Secure-` and Secure over https only. */
export function sessionCookieFor(origin: string) {
  const secure = origin.startsWith("https://");
  return {
    name: `${secure ? "__Secure-" : ""}next-auth.session-token`,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}

export type GuestSessionOutcome =
  | { kind: "signed-in"; user: SignedInUser; cookie: Awaited<ReturnType<typeof sessionCookieOf>> }
  | { kind: "refused" }
  | { kind: "paused"; retryAfterSeconds: number };

/** Makes a guest with this name and the cookie that signs them in; the caller sets the cookie on its answer. */
export async function startGuestSession(db: Db, input: { name: unknown; headers: HeaderSource; secret: string }): Promise<GuestSessionOutcome> {
  const verdict = await admitGuestAttempt({ client: clientAddress(input.headers) });
  if (!verdict.allowed) return { kind: "paused", retryAfterSeconds: verdict.retryAfterSeconds };
  const user = await createGuest(db, input.name);
  if (!user) return { kind: "refused" };
  return { kind: "signed-in", user, cookie: await sessionCookieOf(user, input) };
}

/** The session cookie that signs this guest in: the token options.ts's jwt callback makes from a signed-in user. */
export async function sessionCookieOf(user: SignedInUser, input: { headers: HeaderSource; secret: string }) {
  const maxAge = authOptions.session?.maxAge ?? 30 * 24 * 60 * 60;
  const value = await encode({ token: { sub: user.id, name: user.name, kind: user.kind }, secret: input.secret, maxAge });
  const { name, options } = sessionCookieFor(authOrigin(input.headers));
  return { name, value, options: { ...options, maxAge } };
}
