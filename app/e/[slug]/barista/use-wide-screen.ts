"use client";
import { useSyncExternalStore } from "react";

/**
 * Whether the board has room for its three columns side by side (a tablet or wider); below that it shows one
 * state at a time, as tabs. The width is the one in board.module.css. The server render and hydration assume a
 * phone; CSS alone decides what is shown, so nothing jumps when this changes.
 */
export const wideScreen = "(min-width: 56.25rem)";

function subscribe(listener: () => void) {
  const query = window.matchMedia(wideScreen);
  query.addEventListener("change", listener);
  return () => query.removeEventListener("change", listener);
}

export function useWideScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(wideScreen).matches,
    () => false,
  );
}
