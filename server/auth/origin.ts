import type { AppConfig } from "../config";

/**
 * Which address next-auth builds its URLs (redirects, the origin a callback URL must match, whether cookies are
 * Secure) from. Without NEXTAUTH_URL it falls back to http://localhost:3000, which a phone on the booth's network
 * cannot reach; with AUTH_TRUST_HOST it takes the address the page was opened at (next-auth/utils/detect-origin:
 * X-Forwarded-Host, which Next.js fills from Host, and X-Forwarded-Proto, which it fills from the socket).
 *
 * So in embedded mode, unless NEXTAUTH_URL names one address, each request's own address is used. A forged Host
 * changes only the URLs in the answer to that same request: there is no shared cache on a booth laptop, and the
 * redirect callback keeps every redirect on that request's origin. A managed deployment sets NEXTAUTH_URL
 * (Vercel is trusted by next-auth itself).
 */
export function settleAuthOrigin(config: Pick<AppConfig, "database">, env: Record<string, string | undefined> = process.env): void {
  if (config.database.mode !== "embedded" || env.NEXTAUTH_URL) return;
  env.AUTH_TRUST_HOST ??= "true";
}
