"use client";
import { useConnectionState } from "./realtime-provider";

const labels = { connecting: "Connecting…", live: "Live", reconnecting: "Reconnecting…", offline: "Offline" } as const;

/** Tells staff whether the screen is up to date: live, reconnecting after a blip, or offline. */
export function ConnectionBadge() {
  const state = useConnectionState();
  return (
    <span role="status" aria-label={`Connection: ${labels[state]}`} className={`badge ${state === "live" ? "open" : state === "connecting" ? "" : "closed"}`}>
      {labels[state]}
    </span>
  );
}
