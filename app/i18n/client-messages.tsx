import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { DocumentLanguage } from "./document-language";
import type { Namespace } from "./namespaces";

/**
 * Hands the client components below it the catalogues' namespaces they use, and nothing else: next-intl's
 * provider would otherwise send every message of the language with each page. The locale and time zone come
 * along from the request config, so a client component formats times in the event's zone, never the device's.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly Namespace[]; children: ReactNode }) {
  const all = await getMessages();
  const picked = Object.fromEntries(namespaces.map((namespace) => [namespace, all[namespace]]));
  return (
    <NextIntlClientProvider messages={picked}>
      <DocumentLanguage />
      {children}
    </NextIntlClientProvider>
  );
}
