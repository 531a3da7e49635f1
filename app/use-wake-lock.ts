"use client";
import { useEffect, useState } from "react";

export type WakeLockState = "on" | "refused" | "unsupported" | "pending";

/**
 * Keeps the screen awake while the component is shown (a board left alone must not go dark between orders).
 * The browser drops the lock whenever the page is hidden, so it is asked for again each time the page comes back;
 * it is released on unmount. "refused" covers a browser that said no (battery saver, no user gesture yet, a page
 * not served over https): the caller tells the person the screen may sleep.
 */
export function useWakeLock(): WakeLockState {
  const [state, setState] = useState<WakeLockState>("pending");

  useEffect(() => {
    if (!("wakeLock" in navigator) || !navigator.wakeLock) {
      // Outside render: the answer is only known in the browser, and React wants no state set during render.
      queueMicrotask(() => setState("unsupported"));
      return;
    }
    let sentinel: WakeLockSentinel | undefined;
    let active = true;

    const acquire = async () => {
      if (document.visibilityState !== "visible") return;
      try {
        const next = await navigator.wakeLock.request("screen");
        if (!active) {
          void next.release();
          return;
        }
        sentinel = next;
        setState("on");
        // The browser releases it on its own when the page is hidden; say so until it is back.
        next.addEventListener("release", () => active && setState("pending"), { once: true });
      } catch {
        if (active) setState("refused");
      }
    };
    const onVisibility = () => {
      if (document.visibilityState === "visible" && (sentinel === undefined || sentinel.released)) void acquire();
    };

    void acquire();
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      active = false;
      document.removeEventListener("visibilitychange", onVisibility);
      void sentinel?.release().catch(() => undefined);
    };
  }, []);

  return state;
}
