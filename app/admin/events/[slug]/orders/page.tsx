import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { localDay } from "@/server/shared/local-day";
import { eventPaths } from "@/server/shared/event-paths";
import { serverCaller } from "@/server/trpc/server-caller";
import { DataTable, tableTime } from "../../../data-table";
import { OrganiserPage } from "../../../organiser-page";
import { OrderSearchForm } from "../order-search-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Find an order" };

/**
 * Orders of one event found by number. Numbers restart every local day of the event, so one number is usually
 * several orders: each is listed with its day, newest (today's) first, and links to its journey.
 */
export default async function OrderSearchPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ number?: string }> }) {
  const { slug } = await params;
  const number = Number((await searchParams).number);
  const paths = eventPaths(slug);
  const wanted = Number.isInteger(number) && number >= 1 && number <= 100_000 ? number : undefined;
  return (
    <OrganiserPage path={paths.orderSearch(wanted)} title="Find an order">
      {async () => {
        const caller = await serverCaller();
        const event = await caller.admin.events.get({ slug }).catch((error: unknown) => {
          if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
          throw error;
        });
        const matches = wanted === undefined ? [] : await caller.journey.findByNumber({ slug, orderNumber: wanted });
        const today = localDay(new Date(), event.timeZone);
        return (
          <>
            <p className="row">
              <Link href={paths.console}>{event.name}</Link>
              <Link href={`/admin/journal?slug=${encodeURIComponent(slug)}`}>Journal</Link>
            </p>
            <OrderSearchForm slug={slug} number={wanted} />
            {wanted !== undefined && (
              <DataTable
                label={`Orders numbered #${wanted}`}
                empty={`No order at ${event.name} has had the number #${wanted}.`}
                rows={matches}
                rowKey={(match) => match.orderId}
                columns={[
                  { header: "Day", cell: (match) => (match.day === today ? `${match.day} (today)` : match.day) },
                  { header: "Numbered at", cell: (match) => tableTime(match.queuedAt, event.timeZone) },
                  // A plain link: the journey is a staff screen with its own live providers, so it is loaded whole.
                  { header: "Journey", cell: (match) => <a href={paths.journey(match.orderId)}>{`Journey of #${match.orderNumber} on ${match.day}`}</a> },
                ]}
              />
            )}
          </>
        );
      }}
    </OrganiserPage>
  );
}
