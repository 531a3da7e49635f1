import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { getRequestActor } from "@/server/auth/session";
import { TopBar } from "../top-bar";

/** The frame of every organiser page: sign-in required, organisers only, the top bar. */
export async function OrganiserPage({ path, title, children }: { path: string; title: string; children: () => Promise<ReactNode> }) {
  const actor = await getRequestActor();
  if (actor.kind === "anonymous") redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  const allowed = actor.kind === "staff" && actor.isOrganiser;
  return (
    <>
      <TopBar actor={actor} />
      <main>
        <h1>{title}</h1>
        {allowed ? await children() : <p className="error">This page is for organisers only.</p>}
      </main>
    </>
  );
}
