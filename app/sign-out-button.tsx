"use client";
import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";

export function SignOutButton() {
  const router = useRouter();
  return (
    <button
      type="button"
      // Styled by the top bar it sits in (globals.css, .topbar button). No server redirect: next-auth would send a phone on the booth's network to NEXTAUTH_URL (often localhost).
      onClick={async () => {
        await signOut({ redirect: false });
        router.replace("/");
        router.refresh();
      }}
    >
      Sign out
    </button>
  );
}
