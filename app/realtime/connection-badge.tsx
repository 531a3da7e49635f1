"use client";
import { useTranslations } from "next-intl";
import { useConnectionState } from "./realtime-provider";

/** Tells staff whether the screen is up to date: live, reconnecting after a blip, or offline. Needs the "Connection" messages. */
export function ConnectionBadge() {
  const state = useConnectionState();
  const t = useTranslations("Connection");
  const words = t(state);
  return (
    <span role="status" aria-label={t("label", { state: words })} className={`badge ${state === "live" ? "open" : state === "connecting" ? "" : "closed"}`}>
      {words}
    </span>
  );
}
