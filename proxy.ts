import { NextResponse, type NextRequest } from "next/server";
import { getConfig } from "./server/config";
import { ablyConnectSources, buildContentSecurityPolicy, makeNonce, transportSecurityHeaders } from "./server/http/security-headers";
import { pathHeader } from "./app/i18n/locale";

/**
 * Every page gets a Content-Security-Policy with a nonce of its own. Next.js reads the nonce from the policy on
 * the request while it renders the page and puts it on its scripts (pages render per request: see app/layout.tsx);
 * the browser gets the same policy on the response. Headers that never change are in next.config.mjs.
 * The page's path goes along too: an event's pages speak the event's language (app/i18n/request.ts).
 */
export function proxy(request: NextRequest) {
  const config = getConfig();
  const nonce = makeNonce();
  const policy = buildContentSecurityPolicy({
    nonce,
    development: process.env.NODE_ENV === "development",
    realtimeSources: config.realtime.mode === "ably" ? ablyConnectSources(config.realtime.endpoint) : [],
    upgradeInsecureRequests: config.database.mode !== "embedded" && isHttps(request),
  });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  // Set here, never taken from the client: a header sent by the browser is overwritten.
  requestHeaders.set(pathHeader, request.nextUrl.pathname);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(transportSecurityHeaders(config.database))) response.headers.set(name, value);
  return response;
}

function isHttps(request: NextRequest): boolean {
  return request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
}

export const config = {
  matcher: [
    {
      // Pages only: route handlers answer JSON or streams (their headers are in next.config.mjs), and built
      // assets are files. A prefetch is not a page load: it needs no nonce of its own.
      source: "/((?!api/|_next/static/|_next/image|favicon.ico|icons/|serwist/).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
