import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { getRequestActor } from "@/server/auth/session";
import { serverCaller } from "@/server/trpc/server-caller";
import { TopBar } from "../../../top-bar";
import { MenuAvailability } from "./menu-availability";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Barista" };

export default async function BaristaPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await getRequestActor();
  if (actor.kind === "anonymous") redirect(`/signin?callbackUrl=${encodeURIComponent(`/e/${slug}/barista`)}`);
  let view;
  try {
    view = await (await serverCaller()).staff.event({ slug });
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    if (error instanceof TRPCError && (error.code === "FORBIDDEN" || error.code === "BAD_REQUEST")) {
      return (
        <>
          <TopBar actor={actor} />
          <main>
            <h1>Not your booth</h1>
            <p className="error">{error.message}</p>
          </main>
        </>
      );
    }
    throw error;
  }
  const { event, menu } = view;
  return (
    <>
      <TopBar actor={actor} />
      <main>
        <h1>{event.name}</h1>
        <p className="row">
          <span className={`badge ${event.storeOpen ? "open" : "closed"}`}>Store {event.storeOpen ? "open" : "closed"}</span>
          <span className="hint">
            {event.timeZone} · up to {event.maxOpenOrders} open orders · {event.drinksPerCode} drinks per code
          </span>
        </p>
        <h2>Menu</h2>
        <MenuAvailability slug={event.slug} eventId={event.id} initialMenu={menu} />
      </main>
    </>
  );
}
