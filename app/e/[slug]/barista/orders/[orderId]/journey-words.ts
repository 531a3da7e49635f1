import type { inferRouterOutputs } from "@trpc/server";
import type { useTranslations } from "next-intl";
import type { AppRouter } from "@/server/trpc/root";

/** The catalogue's words for an order's journey ("Journey"), as useTranslations, getTranslations or createTranslator give them. */
export type JourneyWords = ReturnType<typeof useTranslations<"Journey">>;
export type JourneyStep = inferRouterOutputs<AppRouter>["journey"]["order"]["steps"][number];

/** Each catalogued event's sentence in the catalogue; an event the page does not know is shown by its name. */
const eventKeys: Record<string, string> = {
  "qr/code.redeemed": "qrCodeRedeemed",
  "order/started": "orderStarted",
  "order/accepted": "orderAccepted",
  "order/submitted": "orderSubmitted",
  "order/queued": "orderQueued",
  "order/claimed": "orderClaimed",
  "order/released": "orderReleased",
  "order/completed": "orderCompleted",
  "order/recalled": "orderRecalled",
  "order/picked-up": "orderPickedUp",
  "order/cancelled": "orderCancelled",
  "order/timed-out": "orderTimedOut",
  "order/rejected": "orderRejected",
  "qr/drink.returned": "qrDrinkReturned",
};

/** The rejection reasons as the catalogue's select names them (ICU keys have no hyphens). */
const rejectionKeys: Record<string, string> = { "store-closed": "storeClosed", "capacity-full": "capacityFull", "attendee-limit": "attendeeLimit" };

/** What happened, in plain words. */
export function whatHappened(t: JourneyWords, step: JourneyStep): string {
  const key = eventKeys[step.name];
  if (!key) return t("events.other", { name: step.name });
  const { facts } = step;
  // Every sentence gets every fact it might name: the catalogue picks what it says.
  return t(`events.${key}` as "events.other", {
    name: step.name,
    drink: facts.drink ?? "—",
    number: String(facts.orderNumber ?? "—"),
    drinksLeft: facts.drinksLeft ?? 0,
    reason: step.name === "order/rejected" ? (rejectionKeys[facts.reason ?? ""] ?? "other") : (facts.reason ?? "—"),
    window: facts.reason ?? "barista",
  } as { name: string });
}

/** Who caused it: a first name and a role, the organiser, or the system and why. */
export function whoDidIt(t: JourneyWords, actor: JourneyStep["actor"]): string {
  switch (actor.kind) {
    case "attendee":
      return actor.name ? t("actors.attendee", { name: actor.name }) : t("actors.attendeeUnnamed");
    case "barista":
      return actor.name ? t("actors.barista", { name: actor.name }) : t("actors.baristaUnnamed");
    case "organiser":
      return t("actors.organiser");
    case "timeout":
      return t("actors.timeout", { window: actor.window });
    case "storeClosing":
      return t("actors.storeClosing");
    case "booth":
      return t("actors.booth");
  }
}

/** The time since the step before: "+42 s", "+3 min 5 s", "+1 h 20 min"; the first step says it is the first. */
export function timeSince(t: JourneyWords, ms: number | null): string {
  if (ms === null) return t("gapFirst");
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return t("gapSeconds", { seconds });
  if (seconds < 3600) return t("gapMinutes", { minutes: Math.floor(seconds / 60), seconds: seconds % 60 });
  return t("gapHours", { hours: Math.floor(seconds / 3600), minutes: Math.floor((seconds % 3600) / 60) });
}
