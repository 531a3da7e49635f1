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

/**
 * Web Push (server/services/publisher/notify-phones.ts): "Your Flat White is ready". Serwist's addEventListeners
 * registers install, activate, fetch and message only, so these two are Presso's own. Attendee phones register
 * this worker only when they ask for the notification (app/e/[slug]/orders/[orderId]/ready-notifications.tsx).
 */
type ReadyPush = { title: string; body?: string; tag?: string; url?: string };

function readPush(event: PushEvent): ReadyPush {
  try {
    const data = event.data?.json() as Partial<ReadyPush> | undefined;
    if (data && typeof data.title === "string") return data as ReadyPush;
  } catch {
    // A message that is not ours still has to show something: the browser requires a visible notification.
  }
  return { title: "Presso", body: event.data?.text() };
}

self.addEventListener("push", (event) => {
  const push = readPush(event);
  // `renotify` and `vibrate` are in the Notifications API but not yet in TypeScript's lib.
  const options: NotificationOptions & { renotify?: boolean; vibrate?: number[] } = {
    body: push.body,
    tag: push.tag,
    // A second "ready" for the same order (after a recall) buzzes again instead of replacing the first silently.
    renotify: Boolean(push.tag),
    vibrate: [200, 100, 200],
    icon: "/icons/icon-192.png",
    data: { url: push.url ?? "/" },
  };
  event.waitUntil(self.registration.showNotification(push.title, options));
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const target = new URL((event.notification.data as { url?: string } | null)?.url ?? "/", self.location.origin);
  event.waitUntil(
    (async () => {
      // The order's page already open in a tab: bring that tab forward rather than opening a second one.
      const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
      const open = windows.find((client) => new URL(client.url).pathname === target.pathname);
      if (open) {
        await open.focus();
        return;
      }
      await self.clients.openWindow(target.href);
    })(),
  );
});
