import type { Metadata } from "next";
import { safeCallbackPath } from "@/server/auth/callback-path";
import { SignInForms } from "./sign-in-forms";

export const metadata: Metadata = { title: "Sign in" };

// The page cannot know which address it was opened at; a path reads the same against any origin, and a full URL
// (not something this app ever puts in callbackUrl) is refused against this one.
const ANY_ORIGIN = "http://presso.invalid";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl } = await searchParams;
  return (
    <main>
      <h1>Sign in to Presso</h1>
      <SignInForms callbackPath={safeCallbackPath(callbackUrl, ANY_ORIGIN)} />
    </main>
  );
}
