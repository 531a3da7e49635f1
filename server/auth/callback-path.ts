/**
 * Where to go after signing in: a path on this site, or `fallback`. Anything else (another site, a scheme, or a
 * path a browser reads as another site: `/\evil`, `/\t/evil`, `//evil`, `/..//evil`) gives `fallback`.
 * A pure function of its input and the app's origin; it runs in the browser (sign-in form) and on the server
 * (sign-in page, next-auth's redirect callback).
 */
export function safeCallbackPath(raw: unknown, origin: string, fallback = "/"): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2048) return fallback;
  // Browsers read "\" as "/" and drop tabs and line breaks inside URLs, so "/\evil" and "/\t/evil" are "//evil";
  // checked once decoded too, in case something down the line decodes the path again.
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return fallback;
  }
  const readsAsAnotherSite = (text: string) => /[\\\u0000-\u001f\u007f]/.test(text) || text.startsWith("//");
  if (/\s/.test(raw) || readsAsAnotherSite(raw) || readsAsAnotherSite(decoded)) return fallback;
  // A path is read against the origin; a full URL only counts if it names this very origin.
  if (!raw.startsWith("/") && !/^https?:\/\//i.test(raw)) return fallback;

  let base: URL;
  let target: URL;
  try {
    base = new URL(origin);
    target = new URL(raw, base);
  } catch {
    return fallback;
  }
  if (target.origin !== base.origin) return fallback;
  const path = `${target.pathname}${target.search}${target.hash}`;
  // Dot segments are resolved by now: "/..//evil" became "//evil", which a browser reads as another site.
  return path.startsWith("/") && !path.startsWith("//") ? path : fallback;
}
