import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { eventPaths } from "@/server/shared/event-paths";
import { serverCaller } from "@/server/trpc/server-caller";
import { OrganiserPage } from "../../organiser-page";
import { languageChoices, timeZoneChoices } from "../../zone-and-language-choices";
import { CloneEventForm } from "./clone-event-form";
import { EventSettingsForm } from "./event-settings-form";
import { LogoForm } from "./logo/logo-form";
import { OrderSearchForm } from "./order-search-form";
import { RobotsSection } from "./robots-section";
import { StaffSection } from "./staff-section";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Event" };

/** One event in the organiser's console: its screens, settings, staff, and a copy for the next conference. */
export default async function EventConsolePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const caller = await serverCaller().catch(() => null);
  const event = await caller?.admin.events.get({ slug }).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    return null;
  });
  const paths = eventPaths(slug);
  return (
    <OrganiserPage path={`/admin/events/${slug}`} title={event?.name ?? "Event"}>
      {async () => {
        // The event read for the title serves here too; read again only if that read failed for another reason.
        const [current, staff, onShift, robots] = await Promise.all([
          event ?? caller!.admin.events.get({ slug }),
          caller!.admin.staff.list({ slug }),
          caller!.admin.staff.onShift({ slug }),
          caller!.admin.robots.status({ slug }),
        ]);
        return (
          <>
            <nav aria-label="This event" className="row">
              <Link href="/admin">All events</Link>
              <Link href={paths.menuEditor}>Menu</Link>
              <Link href={paths.figures}>Figures</Link>
              <Link href={paths.board}>Board</Link>
              <Link href={paths.display}>Booth screen</Link>
              <Link href={`/admin/journal?slug=${slug}`}>Journal</Link>
            </nav>
            <p>
              <span className={`badge ${current.storeOpen ? "open" : "closed"}`}>{current.storeOpen ? "Store open" : "Store closed"}</span>
            </p>
            <h2>Find an order</h2>
            <OrderSearchForm slug={slug} />
            <h2>Settings</h2>
            <EventSettingsForm event={current} zones={timeZoneChoices(new Date(), current.timeZone)} languages={languageChoices(current.locale)} />
            <h2>Logo</h2>
            <LogoForm slug={slug} name={current.name} initialDigest={current.logoDigest} />
            <h2>Staff</h2>
            <StaffSection slug={slug} initialStaff={staff} timeZone={current.timeZone} initialOnShift={onShift} />
            <h2>Robots</h2>
            <RobotsSection slug={slug} initial={robots} />
            <h2>Clone</h2>
            <CloneEventForm from={slug} name={current.name} />
          </>
        );
      }}
    </OrganiserPage>
  );
}
