import { cookies } from "next/headers";
import { returnTicketCookie, returningGuestName } from "@/server/auth/returning-guest";
import { settledSessionSecret } from "@/server/auth/session";
import { comeBackAsGuest } from "./guest-session-actions";

/** For a phone whose guest signed out here: "Continue as Ana", back to their order. Nothing for anyone else. */
export async function ComeBack() {
  const name = await returningGuestName((await cookies()).get(returnTicketCookie)?.value, await settledSessionSecret());
  if (!name) return null;
  return (
    <form action={comeBackAsGuest} className="card stack">
      <p>Welcome back, {name}! Your order is kept on this phone.</p>
      <button type="submit">Continue as {name}</button>
    </form>
  );
}
