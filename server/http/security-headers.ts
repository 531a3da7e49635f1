import type { AblyEndpoint } from "../realtime/ably-options";
import type { DatabaseConfig } from "../config";

/**
 * The security headers of Presso's pages, worked out per request by `proxy.ts` (the headers that never change
 * are in next.config.mjs). Pure: the proxy passes in the nonce and the deployment, tests pass in their own.
 */

export type PagePolicyInput = {
  /** Fresh for every request; Next.js puts it on its own scripts when it renders the page. */
  nonce: string;
  /** React's development build reconstructs server errors with eval; production never evaluates strings. */
  development: boolean;
  /** Ably's hosts when live push goes through Ably; none for Server-Sent Events from this server. */
  realtimeSources: readonly string[];
  /** Only for a page served over https: on the booth's plain-http LAN it would upgrade requests to nothing. */
  upgradeInsecureRequests: boolean;
};

export function buildContentSecurityPolicy({ nonce, development, realtimeSources, upgradeInsecureRequests }: PagePolicyInput): string {
  const directives: string[][] = [
    ["default-src", "'self'"],
    // 'strict-dynamic': the nonce'd scripts may load Next's chunks (and Ably's, in Ably mode); nothing else runs.
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    // React renders style attributes (the code's countdown bar, widths, colours); a nonce cannot cover an
    // attribute, and a nonce in style-src would switch 'unsafe-inline' off. Stylesheets are CSS modules from 'self'.
    ["style-src", "'self'", "'unsafe-inline'"],
    // The booth screen's QR code is a data: URL made in the browser.
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    // The staff screens' service worker (/serwist/sw.js): 'strict-dynamic' above would otherwise refuse it.
    ["worker-src", "'self'"],
    ["manifest-src", "'self'"],
    ["connect-src", "'self'", ...realtimeSources],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ...(upgradeInsecureRequests ? [["upgrade-insecure-requests"]] : []),
  ];
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/**
 * Where the browser's Ably client connects: by default `main.realtime.ably.net` and its fallbacks
 * `main.[a-e].fallback.ably-realtime.com` (ably-js 2), over wss and https; with ABLY_ENDPOINT, that endpoint only
 * when it names a host, or the routing policy's domains when it names one.
 */
export function ablyConnectSources(endpoint: AblyEndpoint & { tlsPort?: number }): string[] {
  const name = endpoint.endpoint;
  if (!name || !isHostName(name)) {
    const [primary, fallback] = name?.startsWith("nonprod:") ? ["ably-nonprod.net", "ably-realtime-nonprod.com"] : ["ably.net", "ably-realtime.com"];
    return [`https://*.${primary}`, `wss://*.${primary}`, `https://*.${fallback}`, `wss://*.${fallback}`];
  }
  const tls = endpoint.tls !== false;
  const port = tls ? endpoint.tlsPort : endpoint.port;
  const host = name.includes(":") && !name.startsWith("[") ? `[${name}]` : name;
  const authority = port ? `${host}:${port}` : host;
  return tls ? [`https://${authority}`, `wss://${authority}`] : [`http://${authority}`, `ws://${authority}`];
}

/** As ably-js decides: a name with a dot, an IPv6 address or localhost is a host; anything else a routing policy. */
function isHostName(endpoint: string): boolean {
  return endpoint.includes(".") || endpoint.includes("::") || endpoint === "localhost";
}

/**
 * HSTS for a managed deployment (https on Vercel) only. An embedded booth serves plain http on its Wi-Fi: a
 * browser that had once been told HSTS for that address would refuse it from then on.
 */
export function transportSecurityHeaders(database: Pick<DatabaseConfig, "mode">): Record<string, string> {
  return database.mode === "embedded" ? {} : { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" };
}

/** A nonce of 128 random bits, base64 as CSP expects; Web Crypto so it works in any runtime the proxy gets. */
export function makeNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
