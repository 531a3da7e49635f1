"use client";
import { signOutHere } from "./auth-requests";
import { useRouter } from "next/navigation";

/** `label` is the words on it, in the page's language (the top bar translates them on the server). */
export function SignOutButton({ label }: { label: string }) {
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
      {label}
    </button>
  );
}
