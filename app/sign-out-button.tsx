"use client";
import { signOutHere } from "./auth-requests";
import { useRouter } from "next/navigation";

export function SignOutButton() {
  const router = useRouter();
  return (
    <button
      type="button"
      // Styled by the top bar it sits in (globals.css, .topbar button).
      onClick={async () => {
        await signOutHere();
        router.replace("/");
        router.refresh();
      }}
    >
      Sign out
    </button>
  );
}
