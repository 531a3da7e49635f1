import type { Metadata } from "next";
import Link from "next/link";
import { serverCaller } from "@/server/trpc/server-caller";
import { EventsAdmin } from "./events-admin";
import { OrganiserPage } from "./organiser-page";
import { languageChoices, timeZoneChoices } from "./zone-and-language-choices";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Events" };

export default async function AdminPage() {
  return (
    <OrganiserPage path="/admin" title="Events">
      {async () => {
        const events = await (await serverCaller()).admin.events.list();
        return (
          <>
            <p className="row">
              <Link href="/admin/runs">Workflow runs</Link>
              <Link href="/admin/journal">Event journal</Link>
              <Link href="/admin/catalog">Event catalog</Link>
            </p>
            <EventsAdmin initialEvents={events} zones={timeZoneChoices(new Date())} languages={languageChoices()} />
          </>
        );
      }}
    </OrganiserPage>
  );
}
