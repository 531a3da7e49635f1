import Link from "next/link";
import type { Actor } from "@/server/auth/actor";
import { GuestSignOut } from "./guest-sign-out";
import { SignOutButton } from "./sign-out-button";

export function TopBar({ actor }: { actor: Actor }) {
  return (
    <header className="topbar">
      <Link href="/" prefetch={false}>
        Presso
      </Link>
      {actor.kind === "anonymous" ? (
        <Link href="/signin" prefetch={false} className="signin">
          Sign in
        </Link>
      ) : (
        <div className="row">
          <span className="who">
            Signed in as <strong>{actor.name}</strong>
          </span>
          {actor.kind === "guest" ? <GuestSignOut /> : <SignOutButton />}
        </div>
      )}
    </header>
  );
}
