import type { Metadata } from "next";
import { getRequestActor } from "@/server/auth/session";
import { TopBar } from "../top-bar";
import { PairForm } from "./pair-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Pair this device" };

/**
 * Where a booth screen or a bar tablet joins an event's staff: the code from the organiser's console, typed here
 * or carried by its link (?code=…). The link only fills the field: a link preview or a prefetch uses nothing.
 */
export default async function PairPage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  const { code } = await searchParams;
  const actor = await getRequestActor();
  return (
    <>
      <TopBar actor={actor} />
      <main>
        <h1>Pair this device</h1>
        <p>Type the code the organiser&apos;s console shows. This device then signs in as the booth screen or the bar tablet of that event.</p>
        {actor.kind !== "anonymous" && <p className="hint">Pairing signs out {actor.name} on this device.</p>}
        <PairForm code={typeof code === "string" ? code.slice(0, 12) : undefined} />
      </main>
    </>
  );
}
