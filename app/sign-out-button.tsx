"use client";
import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button type="button" className="small secondary" style={{ color: "#fff", borderColor: "#fff" }} onClick={() => signOut({ callbackUrl: "/" })}>
      Sign out
    </button>
  );
}
