"use client";
import { useFormatter } from "next-intl";
import { useNow } from "./use-now";

/**
 * The event's time now, beside its zone's name ("14:05 Japan Standard Time"): staff screens tell the event's time
 * (the request config's zone), whatever zone the device is set to. `zone` is named on the server (zone-name.ts), so
 * every part of the page uses the same words whatever the browser's own Intl data says; the time appears once the
 * browser's clock runs (useNow), so the server's render and the browser's agree.
 */
export function EventClock({ zone, className }: { zone: string; className?: string }) {
  const now = useNow();
  const format = useFormatter();
  return (
    <span className={className}>
      {now !== null && <time dateTime={new Date(now).toISOString()}>{format.dateTime(now, { timeStyle: "short" })}</time>} {zone}
    </span>
  );
}
