import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { serverCaller } from "@/server/trpc/server-caller";
import { OrganiserPage } from "../../../organiser-page";
import { MenuEditor } from "./menu-editor";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Menu" };

/** The organiser's menu editor for one event: drinks, their option groups and options, their order. */
export default async function MenuPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const caller = await serverCaller();
  // The title names the event for everyone who reaches the page; only organisers get the editor.
  const event = await caller.event.publicInfo({ slug }).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  });
  return (
    <OrganiserPage path={`/admin/events/${encodeURIComponent(slug)}/menu`} title={`Menu: ${event.name}`}>
      {async () => {
        const menu = await caller.admin.menu.get({ slug });
        return (
          <>
            <p className="row">
              <Link href="/admin">All events</Link>
            </p>
            <MenuEditor initialMenu={menu} />
          </>
        );
      }}
    </OrganiserPage>
  );
}
