"use client";
import { useFormatter, useLocale, useTimeZone } from "next-intl";
import { zoneName } from "./i18n/zone-name";
import { useNow } from "./use-now";

/**
 * The event's time now, with its zone's name ("14:05 Japan Standard Time"): staff screens show times in the
 * event's zone (the request config's), whatever zone the device is set to. The time appears once the browser's
 * clock runs (useNow), so the server's render and the browser's agree.
 */
export function EventClock({ className }: { className?: string }) {
  const now = useNow();
  const format = useFormatter();
  const locale = useLocale();
  const timeZone = useTimeZone() ?? "UTC";
  return (
    <span className={className}>
      {now !== null && <time dateTime={new Date(now).toISOString()}>{format.dateTime(now, { timeStyle: "short" })}</time>}{" "}
      <span>{zoneName(locale, timeZone)}</span>
    </span>
  );
}
