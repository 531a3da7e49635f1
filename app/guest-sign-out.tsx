"use client";
import { useState } from "react";
import { signOutGuest } from "./guest-session-actions";

/**
 * A guest's Sign out asks first (a stray tap would hide the order they are waiting for) and says they can come
 * back: signing out leaves this phone a way back to the order (guest-session-actions.ts). Its words come from the
 * top bar, in the event's language.
 */
export function GuestSignOut({ words }: { words: { signOut: string; question: string; stay: string } }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)}>
        {words.signOut}
      </button>
    );
  }
  return (
    <form action={signOutGuest} role="group" aria-labelledby="guest-sign-out-question" className="row">
      <span id="guest-sign-out-question">{words.question}</span>
      <button type="submit">{words.signOut}</button>
      <button type="button" autoFocus onClick={() => setAsking(false)}>
        {words.stay}
      </button>
    </form>
  );
}
