import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReconnectWhenOnline } from "./reconnect-when-online";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Offline"))("title") };
}

/**
 * What a staff screen shows when it is reloaded without a network: the service worker keeps this page and
 * answers with it. It goes back to the screen that was asked for as soon as the network returns. It belongs to no
 * event, so it speaks the language this browser chose (the cookie), or English.
 */
export default async function OfflinePage() {
  const t = await getTranslations("Offline");
  return (
    <main className="stack" style={{ maxWidth: "32rem", margin: "0 auto", padding: "2rem 1rem" }}>
      <h1>{t("heading")}</h1>
      <p>{t("cannotReach")}</p>
      <p className="hint">{t("checkWifi")}</p>
      <ReconnectWhenOnline label={t("tryAgain")} />
    </main>
  );
}
