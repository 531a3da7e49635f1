import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { getRequestActor } from "@/server/auth/session";
import { eventPaths } from "@/server/shared/event-paths";
import { serverCaller } from "@/server/trpc/server-caller";
import { ComeBack } from "../../../come-back";
import { ClientMessages } from "../../../i18n/client-messages";
import { TopBar } from "../../../top-bar";
import { OrderHistory } from "../orders/order-history";
import { AttendeesOnly } from "../page-gates";
import styles from "./order.module.css";
import { StartOrderForm } from "./start-order-form";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Ordering"))("title") };
}

type OrderPageProps = { params: Promise<{ slug: string }>; searchParams: Promise<{ code?: string | string[] }> };

/**
 * Where the booth's QR code leads, for anyone: the event's name, the name for the cup, and one tap that signs the
 * attendee in and redeems the code (start-order-action.ts). No detour through a sign-in page: each detour costs a
 * phone on a conference network a second or more. Without a code, the attendee's orders here. In the event's
 * language: the form gets only the words it uses.
 */
export default async function OrderPage({ params, searchParams }: OrderPageProps) {
  const { slug } = await params;
  const raw = (await searchParams).code;
  const code = (Array.isArray(raw) ? raw[0] : raw)?.trim() || undefined;
  const actor = await getRequestActor();
  const [t, gates] = await Promise.all([getTranslations("Ordering"), getTranslations("Gates")]);
  if (actor.kind === "staff") return <AttendeesOnly actor={actor} heading={gates("orderingHeading")} message={gates("orderingStaff")} />;
  const caller = await serverCaller();
  let event, history;
  try {
    [event, history] = await Promise.all([caller.event.publicInfo({ slug }), actor.kind === "guest" ? caller.attendee.myOrders({ slug }) : []]);
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
  return (
    <>
      <TopBar actor={actor} />
      <main>
        <header className={styles.event} style={{ borderTopColor: event.brandColor }}>
          {event.logoDigest && (
            // eslint-disable-next-line @next/next/no-img-element -- the booth's own small logo; alt is empty because the name below it says it
            <img className={styles.logo} src={eventPaths(event.slug).logo(event.logoDigest)} alt="" />
          )}
          <p className={styles.eventName}>{event.name}</p>
          <h1>{t("heading")}</h1>
        </header>
        {actor.kind === "anonymous" && <ComeBack />}
        {code ? (
          <ClientMessages namespaces={["Ordering", "Duration", "Problems"]}>
            <StartOrderForm slug={event.slug} code={code} guestName={actor.kind === "guest" ? actor.name : null} />
          </ClientMessages>
        ) : (
          <p className={`card ${styles.scan}`} style={{ borderTopColor: event.brandColor }}>
            {t("scanPrompt")}
          </p>
        )}
        {actor.kind === "guest" && <OrderHistory slug={event.slug} orders={history} />}
      </main>
    </>
  );
}
