import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getRequestActor } from "@/server/auth/session";
import { serverCaller } from "@/server/trpc/server-caller";
import { TopBar } from "../top-bar";
import { EventsAdmin } from "./events-admin";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Events" };

export default async function AdminPage() {
  const actor = await getRequestActor();
  if (actor.kind === "anonymous") redirect("/signin?callbackUrl=%2Fadmin");
  if (actor.kind !== "staff" || !actor.isOrganiser) {
    return (
      <>
        <TopBar actor={actor} />
        <main>
          <h1>Events</h1>
          <p className="error">This page is for organisers only.</p>
        </main>
      </>
    );
  }
  const events = await (await serverCaller()).admin.events.list();
  return (
    <>
      <TopBar actor={actor} />
      <main>
        <h1>Events</h1>
        <EventsAdmin initialEvents={events} />
      </main>
    </>
  );
}
