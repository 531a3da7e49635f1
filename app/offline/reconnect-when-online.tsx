"use client";
import { useEffect } from "react";

/** How often the offline page asks whether the booth's server answers again. */
const retryEveryMs = 4_000;

/**
 * Goes back to the screen that was asked for once the booth's server answers again. The browser's `online` event
 * is not enough: on a booth's Wi-Fi the phone is "online" while the server is restarting or out of reach, so
 * the page asks the server's health check every few seconds, and at once when the browser says it is online.
 * `label` is the button's words, translated by the page on the server.
 */
export function ReconnectWhenOnline({ label }: { label: string }) {
  useEffect(() => {
    let stopped = false;
    const tryServer = async () => {
      try {
        const response = await fetch("/api/health", { cache: "no-store" });
        if (response.ok && !stopped) window.location.reload();
      } catch {
        // Still out of reach: the next round asks again.
      }
    };
    const timer = window.setInterval(tryServer, retryEveryMs);
    window.addEventListener("online", tryServer);
    return () => {
      stopped = true;
      window.clearInterval(timer);
      window.removeEventListener("online", tryServer);
    };
  }, []);
  return (
    <button type="button" onClick={() => window.location.reload()}>
      {label}
    </button>
  );
}
