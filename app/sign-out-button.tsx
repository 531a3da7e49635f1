"use client";
import { signOutHere } from "./auth-requests";
import { useRouter } from "next/navigation";

export function SignOutButton() {
  const router = useRouter();
  return (
    <button
      type="button"
      className="small secondary"
      style={{ color: "#fff", borderColor: "#fff" }}
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
