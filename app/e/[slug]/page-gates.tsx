import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { notFound, redirect } from "next/navigation";
import { TRPCError } from "@trpc/server";
import type { Actor } from "@/server/auth/actor";
import { getRequestActor } from "@/server/auth/session";
import { TopBar } from "../../top-bar";

/** The event screens' common doors: who must sign in, who is turned away, and with which words (the event's language). */

/** The signed-in caller; anybody else goes to sign-in and comes back to `path` afterwards. */
export async function signedInActor(path: string) {
  const actor = await getRequestActor();
  if (actor.kind === "anonymous") redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  return actor;
}

function Refusal({ actor, heading, children }: { actor: Actor; heading: string; children: ReactNode }) {
  return (
    <>
      <TopBar actor={actor} />
      <main>
        <h1>{heading}</h1>
        {children}
      </main>
    </>
  );
}

/** A staff account on an attendee's page: ordering needs the name for the cup. The page gives the words ("Gates"). */
export function AttendeesOnly({ actor, heading, message }: { actor: Actor; heading: string; message: string }) {
  return (
    <Refusal actor={actor} heading={heading}>
      <p>{message}</p>
    </Refusal>
  );
}

/**
 * Loads a staff screen's data: an unknown event is a 404, an event the caller does not work at is a page that
 * says so (with the procedure's own message), anything else is an error.
 */
export async function loadStaffScreen<T>(actor: Actor, load: () => Promise<T>): Promise<{ data: T } | { refusal: ReactNode }> {
  try {
    return { data: await load() };
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    if (error instanceof TRPCError && (error.code === "FORBIDDEN" || error.code === "BAD_REQUEST")) {
      return {
        refusal: (
          <Refusal actor={actor} heading={(await getTranslations("Gates"))("notYourBooth")}>
            <p className="error">{error.message}</p>
          </Refusal>
        ),
      };
    }
    throw error;
  }
}
