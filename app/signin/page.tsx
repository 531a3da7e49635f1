import type { Metadata } from "next";
import { SignInForms } from "./sign-in-forms";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  return (
    <main>
      <h1>Sign in to Presso</h1>
      <SignInForms callbackUrl={callbackUrl} />
    </main>
  );
}
