import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { getRequestActor } from "@/server/auth/session";
import { serverCaller } from "@/server/trpc/server-caller";
import { TopBar } from "../../../top-bar";
import { Display } from "./display";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Booth display" };

/** The booth's big screen, signed in with a staff account of the event (it shows the live code). */
export default async function DisplayPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await getRequestActor();
  if (actor.kind === "anonymous") redirect(`/signin?callbackUrl=${encodeURIComponent(`/e/${slug}/display`)}`);
  let state;
  try {
    state = await (await serverCaller()).display.state({ slug });
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
  return <Display slug={state.event.slug} initialState={state} />;
}
