/// <reference lib="webworker" />
import type { PrecacheEntry, RuntimeCaching, SerwistGlobalConfig } from "serwist";
import { CacheFirst, ExpirationPlugin, NetworkOnly, Serwist } from "serwist";

/**
 * Presso's service worker, built by Serwist (app/serwist/[path]/route.ts) and registered by the staff screens.
 * It keeps the app shell (built scripts, styles, icons) and the offline page, so a staff screen (the board, the
 * booth screen) reloaded without a network shows Presso's own "offline" screen instead of the browser's error.
 * Everything live stays live: tRPC, Server-Sent Events, Ably tokens, sign-in and the workflow endpoint always go to
 * the network, and pages (which carry a session and a fresh CSP nonce) are never served from a cache.
 */

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

export const OFFLINE_PAGE = "/offline";

/**
 * No route matches /api/: commands, queries, live push (a long-lived SSE stream), sign-in, workflows and health
 * are left to the browser itself, so the worker never holds, caches or replays one of them.
 */
const runtimeCaching: RuntimeCaching[] = [
  // Pages: always the network (a session and a per-request nonce); offline, the fallback below answers.
  { matcher: ({ request }) => request.mode === "navigate", handler: new NetworkOnly() },
  // Built assets have content hashes in their names: a cached copy is the right copy.
  {
    matcher: ({ sameOrigin, url }) => sameOrigin && (url.pathname.startsWith("/_next/static/") || url.pathname.startsWith("/icons/")),
    handler: new CacheFirst({
      cacheName: "presso-static",
      plugins: [new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 30 * 24 * 60 * 60 })],
    }),
  },
];

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching,
  fallbacks: {
    entries: [{ url: OFFLINE_PAGE, matcher: ({ request }) => request.destination === "document" }],
  },
});

serwist.addEventListeners();
