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

/** Signatures older (or newer) than this are refused, as the SDK refuses them. */
const MAX_SIGNATURE_AGE_MS = 5 * 60_000;

/**
 * Checks a `t=<unix>&s=<hex>` signature over a body (the exact text received, or a value to canonicalize). The
 * executor uses it on the app's answers (the SDK signs them with the same key) and the app on the executor's sync.
 */
export function hasValidSignature(body: unknown, header: string | null | undefined, signingKey: string, now = Date.now()): boolean {
  if (!header) return false;
  const params = new URLSearchParams(header);
  const timestamp = Number(params.get("t"));
  if (!Number.isInteger(timestamp) || Math.abs(now - timestamp * 1000) > MAX_SIGNATURE_AGE_MS) return false;
  return sameSecret(header, signBody(body, signingKey, timestamp * 1000));
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
