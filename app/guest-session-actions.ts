"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { authOrigin, sessionCookieFor, sessionCookieOf } from "@/server/auth/guest-session";
import { issueReturnTicket, redeemReturnTicket, returnTicketCookie, returnTicketSeconds } from "@/server/auth/returning-guest";
import { getRequestActor, settledSessionSecret } from "@/server/auth/session";
import { getDb } from "@/server/boot/runtime";
import { findEventById } from "@/server/services/config/find-event";
import { findOpenOrder } from "@/server/services/orders/find-open-order";
import { eventPaths } from "@/server/shared/event-paths";

/**
 * A guest signs out and comes back on the same phone (returning-guest.ts). Signing out ends the session as
 * next-auth's sign-out would (the session cookie goes) and leaves the return ticket; coming back turns the
 * ticket into a session again and opens the guest's order that is still moving.
 */

async function settled() {
  const secret = await settledSessionSecret();
  return { secret, session: sessionCookieFor(authOrigin(await headers())) };
}

export async function signOutGuest(): Promise<void> {
  const actor = await getRequestActor();
  const { secret, session } = await settled();
  const jar = await cookies();
  if (actor.kind === "guest") {
    jar.set(returnTicketCookie, await issueReturnTicket(actor, secret), { ...session.options, maxAge: returnTicketSeconds });
  }
  jar.delete({ name: session.name, path: session.options.path, secure: session.options.secure, httpOnly: true, sameSite: "lax" });
  redirect("/");
}

export async function comeBackAsGuest(): Promise<void> {
  const { secret, session } = await settled();
  const jar = await cookies();
  const db = await getDb();
  const guest = await redeemReturnTicket(db, jar.get(returnTicketCookie)?.value, secret);
  jar.delete({ name: returnTicketCookie, path: "/", secure: session.options.secure, httpOnly: true, sameSite: "lax" });
  if (!guest) redirect("/");
  const cookie = await sessionCookieOf(guest, { headers: await headers(), secret });
  jar.set(cookie.name, cookie.value, cookie.options);
  const open = await findOpenOrder(db, guest.id);
  redirect(open ? eventPaths((await findEventById(db, open.eventId)).slug).orderStatus(open.id) : "/");
}
