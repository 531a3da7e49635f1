import { decode, encode } from "next-auth/jwt";
import type { Db } from "../db/client";
import type { SignedInUser } from "./accounts";
import { loadActor } from "./actor";

/**
 * A guest who signs out on their phone can come back to their order on the same phone: signing out leaves a
 * return ticket, an httpOnly cookie sealed with the session secret (next-auth's own JWT encryption) that names the
 * guest, for a day. Whoever holds the phone can use it, as they could have before signing out; nobody can make one.
 * Coming back checks the guest still exists; a staff account never gets a ticket.
 */

export const returnTicketCookie = "presso-return-ticket";
export const returnTicketSeconds = 24 * 60 * 60;

export async function issueReturnTicket(guest: { userId: string; name: string }, secret: string): Promise<string> {
  return encode({ token: { sub: guest.userId, name: guest.name, purpose: "return" }, secret, maxAge: returnTicketSeconds });
}

/** The guest a ticket names, if it is a ticket of ours, unexpired, and the guest is still there; null otherwise. */
export async function redeemReturnTicket(db: Db, ticket: string | undefined, secret: string): Promise<SignedInUser | null> {
  if (!ticket) return null;
  const token = await decode({ token: ticket, secret }).catch(() => null);
  if (!token || token.purpose !== "return" || typeof token.sub !== "string") return null;
  const actor = await loadActor(db, token.sub);
  return actor.kind === "guest" ? { id: actor.userId, name: actor.name, kind: "GUEST" } : null;
}

/** Who the ticket is for, to greet them ("Continue as Ana"), without the database: the ticket is sealed. */
export async function returningGuestName(ticket: string | undefined, secret: string): Promise<string | null> {
  if (!ticket) return null;
  const token = await decode({ token: ticket, secret }).catch(() => null);
  return token?.purpose === "return" && typeof token.name === "string" ? token.name : null;
}
