import type { Metadata } from "next";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { eventPaths } from "@/server/shared/event-paths";
import { serverCaller } from "@/server/trpc/server-caller";
import { ClientMessages } from "../../../i18n/client-messages";
import { zoneName } from "../../../i18n/zone-name";
import { RegisterServiceWorker } from "../../../pwa/register-service-worker";
import { loadStaffScreen, signedInActor } from "../page-gates";
import { Display } from "./display";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Display"))("title") };
}

/** The booth's big screen, signed in with a staff account of the event (it shows the live code). */
export default async function DisplayPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await signedInActor(eventPaths(slug).display);
  const loaded = await loadStaffScreen(actor, async () => (await serverCaller()).display.state({ slug }));
  if ("refusal" in loaded) return loaded.refusal;
  const state = loaded.data;
  return (
    <>
      {/* A screen reloaded during a Wi-Fi blip shows Presso's offline page (and comes back by itself), not the browser's error. */}
      <RegisterServiceWorker />
      <ClientMessages namespaces={["Display", "Connection"]}>
        <Display slug={state.event.slug} initialState={state} zone={zoneName(await getLocale(), await getTimeZone())} />
      </ClientMessages>
    </>
  );
}
