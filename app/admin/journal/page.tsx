import type { Metadata } from "next";
import Link from "next/link";
import { TRPCError } from "@trpc/server";
import { eventPaths } from "@/server/shared/event-paths";
import { serverCaller } from "@/server/trpc/server-caller";
import { catalogEntryPath } from "../catalog/catalog-anchor";
import { DataTable, tableTime } from "../data-table";
import { OrganiserPage } from "../organiser-page";
import { EntryData } from "./entry-data";
import { JournalFilters, type JournalSearch } from "./journal-filters";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Event journal" };

type Params = JournalSearch & { cursor?: string; orderId?: string };

/** A form leaves empty fields in the address: they filter nothing. */
const given = (value: string | undefined) => (value && value.trim() !== "" ? value.trim() : undefined);

/** The journal browser: every recorded event, newest first, filtered and a page at a time. */
export default async function JournalPage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams;
  // `orderId` is the older links' name for the order filter.
  const search: JournalSearch = {
    slug: given(params.slug),
    order: given(params.order) ?? given(params.orderId),
    name: given(params.name),
    from: given(params.from),
    to: given(params.to),
  };
  const query = new URLSearchParams(Object.entries(search).filter((entry): entry is [string, string] => entry[1] !== undefined));
  return (
    <OrganiserPage path={`/admin/journal?${query}`} title="Event journal">
      {async () => {
        const caller = await serverCaller();
        const events = await caller.admin.events.list();
        const page = await caller.journal.browse({ ...search, cursor: given(params.cursor) }).catch((error: unknown) => {
          if (error instanceof TRPCError && (error.code === "BAD_REQUEST" || error.code === "NOT_FOUND")) return filterProblem(error);
          throw error;
        });
        const slugOf = new Map(events.map((event) => [event.id, event.slug]));
        const older = typeof page === "string" || !page.nextCursor ? null : `/admin/journal?${new URLSearchParams([...query, ["cursor", page.nextCursor]])}`;
        return (
          <>
            <p className="row">
              <Link href="/admin">All events</Link>
              <Link href="/admin/catalog">Event catalog</Link>
            </p>
            <JournalFilters search={search} events={events} />
            {typeof page === "string" ? (
              <p className="error" role="alert">
                {page}
              </p>
            ) : (
              <>
                <p className="hint">Newest first. Times in {page.timeZone}.</p>
                <DataTable
                  label="Journal"
                  empty="Nothing recorded yet."
                  rows={page.entries}
                  rowKey={(entry) => entry.id}
                  columns={[
                    { header: "When", cell: (entry) => tableTime(entry.occurredAt, page.timeZone) },
                    {
                      header: "Event",
                      cell: (entry) => (
                        <>
                          <Link href={catalogEntryPath(entry.name)}>{entry.name}</Link> <span className="hint">v{entry.version}</span>
                        </>
                      ),
                    },
                    { header: "From", cell: (entry) => entry.source },
                    { header: "Order", cell: (entry) => <OrderLink entry={entry} slug={entry.eventId ? slugOf.get(entry.eventId) : undefined} /> },
                    { header: "Data", cell: (entry) => <EntryData data={entry.data} /> },
                  ]}
                />
                {older && (
                  <p className="row">
                    <Link href={older}>Older entries</Link>
                    {params.cursor && <Link href={`/admin/journal?${query}`}>Newest entries</Link>}
                  </p>
                )}
                {!older && params.cursor && (
                  <p className="row">
                    <span className="hint">No older entries.</span>
                    <Link href={`/admin/journal?${query}`}>Newest entries</Link>
                  </p>
                )}
              </>
            )}
          </>
        );
      }}
    </OrganiserPage>
  );
}

/** A filter the procedure refused, in words: a field's own rule ("order is not an order number"), or its message. */
function filterProblem(error: TRPCError): string {
  const issues = (error.cause as { issues?: { path: PropertyKey[]; message: string }[] } | undefined)?.issues;
  if (!issues?.length) return error.message;
  return `Check the filters: ${issues.map((issue) => `${issue.path.map(String).join(".")} ${issue.message}`).join("; ")}.`;
}

/** The entry's order, linked to its journey (named by number once it has one). */
function OrderLink({ entry, slug }: { entry: { orderId: string | null; data: unknown }; slug: string | undefined }) {
  if (!entry.orderId) return <span className="hint">—</span>;
  const number = (entry.data as { orderNumber?: unknown }).orderNumber;
  const label = typeof number === "number" ? `Journey of #${number}` : "Journey of this order";
  if (!slug) return <code>{entry.orderId}</code>;
  // A plain link: the journey is a staff screen with its own live providers, so it is loaded whole.
  return <a href={eventPaths(slug).journey(entry.orderId)}>{label}</a>;
}
