import { eventPaths } from "@/server/shared/event-paths";

/**
 * Where the booth screen's code sends phones. A configured public address (PRESSO_PUBLIC_URL) wins; otherwise the
 * address this screen was opened at. A screen opened at localhost would send phones to themselves, so it is told
 * so, with this machine's network addresses to open instead.
 */

export type OrderAddressInput = {
  /** PRESSO_PUBLIC_URL as the server holds it (no trailing slash), or null. */
  publicUrl: string | null;
  /** The full address of the display page in this browser (window.location.href). */
  pageUrl: string;
  /** The server's non-loopback IPv4 addresses. */
  lanAddresses: string[];
};

export type OrderAddress = {
  /** What the order link starts with: an origin, perhaps with a path, without a trailing slash. */
  base: string;
  /** Set when phones cannot reach `base`: this same screen at each network address (empty when there is none). */
  openInstead: string[] | null;
};

const loopbackHosts = new Set(["localhost", "[::1]", "::1"]);

/** localhost, *.localhost, 127.x.x.x and ::1 all mean "this very device", whichever device opens them. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  return loopbackHosts.has(host) || host.endsWith(".localhost") || /^127(?:\.\d{1,3}){3}$/.test(host);
}

export function chooseOrderAddress({ publicUrl, pageUrl, lanAddresses }: OrderAddressInput): OrderAddress {
  if (publicUrl) return { base: publicUrl.replace(/\/+$/, ""), openInstead: null };
  const page = new URL(pageUrl);
  if (!isLoopbackHost(page.hostname)) return { base: page.origin, openInstead: null };
  const port = page.port ? `:${page.port}` : "";
  return {
    base: page.origin,
    openInstead: lanAddresses.map((address) => `${page.protocol}//${address}${port}${page.pathname}`),
  };
}

/** The link a phone opens from the code: the order page of this event with the window's code. */
export function orderLink(base: string, slug: string, code: string): string {
  return `${base}${eventPaths(slug).order(code)}`;
}
