import type { Metadata } from "next";
import { serverCaller } from "@/server/trpc/server-caller";
import { noEventTimeZone } from "@/app/i18n/locale";
import { DataTable, tableTime } from "../data-table";
import { OrganiserPage } from "../organiser-page";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Event journal" };

export default async function JournalPage({ searchParams }: { searchParams: Promise<{ slug?: string; orderId?: string }> }) {
  const { slug = "demo", orderId } = await searchParams;
  return (
    <OrganiserPage path={`/admin/journal?slug=${slug}`} title="Event journal">
      {async () => {
        const caller = await serverCaller();
        const [entries, event] = await Promise.all([
          orderId ? caller.journal.forOrder({ orderId }) : caller.journal.forEvent({ slug }),
          caller.event.publicInfo({ slug }).catch(() => null),
        ]);
        // The event's clock, as on its board and booth screen.
        const timeZone = event?.timeZone ?? noEventTimeZone;
        return (
          <DataTable
            label="Journal"
            empty="Nothing recorded yet."
            rows={entries}
            rowKey={(entry) => entry.id}
            columns={[
              { header: "When", cell: (entry) => tableTime(entry.occurredAt, timeZone) },
              {
                header: "Event",
                cell: (entry) => (
                  <>
                    {entry.name} <span className="hint">v{entry.version}</span>
                  </>
                ),
              },
              { header: "From", cell: (entry) => entry.source },
              {
                header: "Data",
                cell: (entry) => <code style={{ fontSize: "0.85rem", wordBreak: "break-all" }}>{JSON.stringify(entry.data)}</code>,
              },
            ]}
          />
        );
      }}
    </OrganiserPage>
  );
}
