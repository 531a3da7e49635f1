"use client";
import { useSyncExternalStore } from "react";

/**
 * The time now, turning over once a second. One shared timer serves every ticking label on the screen, so they all
 * change together. It is null while the server renders and during hydration: the server's clock is not the
 * browser's, and a guess would make the two renders disagree.
 */

let now = 0;
let timer: ReturnType<typeof setInterval> | undefined;
const listeners = new Set<() => void>();

function tick() {
  now = Date.now();
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (timer === undefined) {
    // React reads the snapshot again after subscribing, so a clock stopped while nobody watched is fresh at once.
    now = Date.now();
    timer = setInterval(tick, 1000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

const readNow = () => (now === 0 ? null : now);
const readNothing = () => null;

export function useNow(): number | null {
  return useSyncExternalStore(subscribe, readNow, readNothing);
}
