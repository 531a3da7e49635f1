import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { returnTicketCookie, returningGuestName } from "@/server/auth/returning-guest";
import { settledSessionSecret } from "@/server/auth/session";
import { comeBackAsGuest } from "./guest-session-actions";

/**
 * For a phone whose guest signed out here: "Continue as Ana", back to their order. Nothing for anyone else. In the
 * page's language: the event's on its scan page, English (or the chosen catalogue) on the home page.
 */
export async function ComeBack() {
  const name = await returningGuestName((await cookies()).get(returnTicketCookie)?.value, await settledSessionSecret());
  if (!name) return null;
  const t = await getTranslations("ComeBack");
  return (
    <form action={comeBackAsGuest} className="card stack">
      <p>{t("welcome", { name })}</p>
      <button type="submit">{t("continueAs", { name })}</button>
    </form>
  );
}
