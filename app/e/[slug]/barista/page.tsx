import type { Metadata } from "next";
import { serverCaller } from "@/server/trpc/server-caller";
import { RegisterServiceWorker } from "../../../pwa/register-service-worker";
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
  return {
    title: "Barista",
    manifest: eventPaths(slug).boardManifest,
    appleWebApp: { capable: true, title: "Presso board", statusBarStyle: "default" },
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
  return (
    <>
      <RegisterServiceWorker />
      <TopBar actor={actor} />
      <main className={styles.page}>
        <h1 className={styles.title}>{event.name}</h1>
        <Board slug={event.slug} initialBoard={board} initialMenu={menu} canReleaseAny={role === "ORGANISER"} />
        <h2>Menu</h2>
        {/* The event's settings sit down here, out of the way of the first order on a phone. */}
        <p className="hint">
          {event.timeZone} · up to {event.maxOpenOrders} open orders · {event.drinksPerCode} drinks per code
        </p>
        <MenuAvailability slug={event.slug} eventId={event.id} initialMenu={menu} />
        <h2>This device</h2>
        <DeviceSettings />
      </main>
    </>
  );
}
