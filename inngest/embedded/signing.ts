import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import canonicalize from "canonicalize";

/**
 * Inngest's request signing, as the SDK checks it in cloud mode: HMAC-SHA256 over the JCS-canonical JSON body
 * followed by the unix timestamp, keyed with the signing key's text after its `signkey-<env>-` prefix.
 */

const prefix = /^signkey-[\w]+-/;

export function signBody(body: unknown, signingKey: string, now = Date.now()): string {
  const timestamp = Math.round(now / 1000).toString();
  const encoded = typeof body === "string" ? body : (canonicalize(body) ?? "");
  const signature = createHmac("sha256", signingKey.replace(prefix, "")).update(encoded).update(timestamp).digest("hex");
  return `t=${timestamp}&s=${signature}`;
}

/** The bearer token the SDK sends when it registers: the key's prefix, then sha256 of the hex-decoded key. */
export function hashedSigningKey(signingKey: string): string {
  const keyPrefix = signingKey.match(prefix)?.[0] ?? "";
  return keyPrefix + createHash("sha256").update(Buffer.from(signingKey.replace(prefix, ""), "hex")).digest("hex");
}

export function sameSecret(given: string | null | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
