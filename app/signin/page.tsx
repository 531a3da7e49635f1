import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { safeCallbackPath } from "@/server/auth/callback-path";
import { ClientMessages } from "../i18n/client-messages";
import { SignInForms } from "./sign-in-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("SignIn"))("title") };
}

// The page cannot know which address it was opened at; a path reads the same against any origin, and a full URL
// (not something this app ever puts in callbackUrl) is refused against this one.
const ANY_ORIGIN = "http://presso.invalid";

/** Belongs to no event: the request config gives it English (or the catalogue chosen on this browser), in UTC. */
export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl } = await searchParams;
  const t = await getTranslations("SignIn");
  return (
    <main>
      <h1>{t("heading")}</h1>
      <ClientMessages namespaces={["SignIn", "Problems"]}>
        <SignInForms callbackPath={safeCallbackPath(callbackUrl, ANY_ORIGIN)} />
      </ClientMessages>
    </main>
  );
}
