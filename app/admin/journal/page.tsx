import type { Metadata } from "next";
import { serverCaller } from "@/server/trpc/server-caller";
import { DataTable, utcTime } from "../data-table";
import { OrganiserPage } from "../organiser-page";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Event journal" };

export default async function JournalPage({ searchParams }: { searchParams: Promise<{ slug?: string; orderId?: string }> }) {
  const { slug = "demo", orderId } = await searchParams;
  return (
    <OrganiserPage path={`/admin/journal?slug=${slug}`} title="Event journal">
      {async () => {
        const caller = await serverCaller();
        const entries = orderId ? await caller.journal.forOrder({ orderId }) : await caller.journal.forEvent({ slug });
        return (
          <DataTable
            label="Journal"
            empty="Nothing recorded yet."
            rows={entries}
            rowKey={(entry) => entry.id}
            columns={[
              { header: "When", cell: (entry) => utcTime(entry.occurredAt) },
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
