"use client";
import { useEffect } from "react";

/**
 * Registers Presso's service worker (app/sw.ts, served at /serwist/sw.js) from the staff screens, the board and the
 * booth screen: an installed board starts without a network round trip for its shell, and either screen reloaded
 * without a network shows Presso's own offline page. Production builds only: in `next dev` a worker would keep
 * yesterday's scripts.
 */
export function RegisterServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register("/serwist/sw.js", { scope: "/", type: "module" }).catch((error: unknown) => {
      // The board works without it; only offline reloads and installing need it.
      console.warn("Presso: the service worker could not be registered", error);
    });
  }, []);
  return null;
}
