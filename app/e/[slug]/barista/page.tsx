import type { Metadata } from "next";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { serverCaller } from "@/server/trpc/server-caller";
import { RegisterServiceWorker } from "../../../pwa/register-service-worker";
import { EventClock } from "../../../event-clock";
import { ClientMessages } from "../../../i18n/client-messages";
import { zoneName } from "../../../i18n/zone-name";
import { TopBar } from "../../../top-bar";
import { loadStaffScreen, signedInActor } from "../page-gates";
import { Board } from "./board";
import { DeviceSettings } from "./device-settings";
import { MenuAvailability } from "./menu-availability";
import styles from "./board.module.css";
import { eventPaths } from "@/server/shared/event-paths";

export const dynamic = "force-dynamic";

/** The board can be installed as an app: its manifest is the event's own (manifest.webmanifest/route.ts). */
export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const { slug } = await params;
  const t = await getTranslations("Board");
  return {
    title: t("title"),
    manifest: eventPaths(slug).boardManifest,
    appleWebApp: { capable: true, title: t("appTitle"), statusBarStyle: "default" },
  };
}

export default async function BaristaPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await signedInActor(eventPaths(slug).board);
  const loaded = await loadStaffScreen(actor, async () => {
    const caller = await serverCaller();
    return Promise.all([caller.staff.event({ slug }), caller.board.orders({ slug })]);
  });
  if ("refusal" in loaded) return loaded.refusal;
  const [view, board] = loaded.data;
  const { event, menu, role } = view;
  const t = await getTranslations("Board");
  // The request's zone is this event's (app/i18n/request.ts), whatever the device's.
  const zone = zoneName(await getLocale(), await getTimeZone());
  return (
    <>
      <RegisterServiceWorker />
      <TopBar actor={actor} />
      <ClientMessages namespaces={["Board", "Connection"]}>
        <main className={styles.page}>
          {/* The clock shares the title's line, so the board starts no lower than before. */}
          <div className={styles.heading}>
            <h1 className={styles.title}>{event.name}</h1>
            <EventClock zone={zone} className={`hint ${styles.clock}`} />
          </div>
          <Board slug={event.slug} initialBoard={board} initialMenu={menu} canReleaseAny={role === "ORGANISER"} />
          <h2>{t("menuHeading")}</h2>
          {/* The event's settings sit down here, out of the way of the first order on a phone. */}
          <p className="hint">{t("eventFacts", { zone, maxOpenOrders: event.maxOpenOrders, drinksPerCode: event.drinksPerCode })}</p>
          <MenuAvailability slug={event.slug} eventId={event.id} initialMenu={menu} />
          <h2>{t("thisDevice")}</h2>
          <DeviceSettings />
        </main>
      </ClientMessages>
    </>
  );
}
