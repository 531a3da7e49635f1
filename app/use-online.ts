"use client";
import { useSyncExternalStore } from "react";

/**
 * Whether the browser says it has a network (navigator.onLine, followed through its online and offline events).
 * "Online" can be wrong (a Wi-Fi with no way out), "offline" is reliable: the screens use it to stop taps that
 * could not be sent. The server render and hydration assume online.
 */

function subscribe(listener: () => void) {
  window.addEventListener("online", listener);
  window.addEventListener("offline", listener);
  return () => {
    window.removeEventListener("online", listener);
    window.removeEventListener("offline", listener);
  };
}

export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
}
