import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { getRequestActor } from "@/server/auth/session";
import { serverCaller } from "@/server/trpc/server-caller";
import { TopBar } from "../../../top-bar";
import { Board } from "./board";
import { MenuAvailability } from "./menu-availability";
import styles from "./board.module.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Barista" };

export default async function BaristaPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await getRequestActor();
  if (actor.kind === "anonymous") redirect(`/signin?callbackUrl=${encodeURIComponent(`/e/${slug}/barista`)}`);
  let view;
  let board;
  try {
    const caller = await serverCaller();
    [view, board] = await Promise.all([caller.staff.event({ slug }), caller.board.orders({ slug })]);
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
  const { event, menu, role } = view;
  return (
    <>
      <TopBar actor={actor} />
      <main className={styles.page}>
        <h1>{event.name}</h1>
        <p className="hint">
          {event.timeZone} · up to {event.maxOpenOrders} open orders · {event.drinksPerCode} drinks per code
        </p>
        <Board slug={event.slug} initialBoard={board} canReleaseAny={role === "ORGANISER"} />
        <h2>Menu</h2>
        <MenuAvailability slug={event.slug} eventId={event.id} initialMenu={menu} />
      </main>
    </>
  );
}
