"use client";
import { useTranslations } from "next-intl";
import { useConnectionState } from "../../../realtime/realtime-provider";
import { useOnline } from "../../../use-online";

/**
 * A board tap is sent at once or not at all. React Query's default pauses a mutation while the browser is offline
 * and sends it when the network returns, so a "Make" tapped in a dead spot would claim a drink minutes later
 * without the barista knowing. With networkMode "always" it fails at once instead, and is never retried.
 */
export const sendNowOrFail = { networkMode: "always", retry: false } as const;

/** Whether a tap can reach the server now: the browser has a network and the live connection is not offline. */
export function useCanSend(): boolean {
  const online = useOnline();
  const connection = useConnectionState();
  return online && connection !== "offline";
}

/** The refusals the board's catalogue words itself (Board.refusals). */
const translatedRefusals = ["menu-empty", "no-barista"] as const;
const isTranslatedRefusal = (reason: string | undefined): reason is (typeof translatedRefusals)[number] =>
  (translatedRefusals as readonly (string | undefined)[]).includes(reason);

/**
 * A plain message for a failed tap, `what` naming it in the board's language ("Make #12"). A tRPC error that
 * carries no `data` never got an answer from the server (the request did not leave, or its answer was lost), so the
 * tap is said to be not sent: the board re-reads itself when the network is back and shows what really happened.
 * A refusal whose reason the catalogue knows is said in the board's language; other answers of the server stay in
 * its words (English) until every service returns codes instead of sentences.
 */
export function useFailureMessage(): (error: { message: string; data?: unknown }, what: string) => string {
  const t = useTranslations("Board");
  return (error, what) => {
    if (error.data == null) return t("notSent", { what });
    const reason = (error.data as { refusal?: { reason?: string } | null }).refusal?.reason;
    return isTranslatedRefusal(reason) ? t(`refusals.${reason}`) : error.message;
  };
}
