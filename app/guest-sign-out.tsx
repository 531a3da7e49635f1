"use client";
import { useState } from "react";
import { signOutGuest } from "./guest-session-actions";

/**
 * A guest's Sign out asks first (a stray tap would hide the order they are waiting for) and says they can come
 * back: signing out leaves this phone a way back to the order (guest-session-actions.ts).
 */
export function GuestSignOut() {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)}>
        Sign out
      </button>
    );
  }
  return (
    <form action={signOutGuest} role="group" aria-labelledby="guest-sign-out-question" className="row">
      <span id="guest-sign-out-question">Sign out? You can come back to your order on this phone.</span>
      <button type="submit">Sign out</button>
      <button type="button" autoFocus onClick={() => setAsking(false)}>
        Stay
      </button>
    </form>
  );
}
