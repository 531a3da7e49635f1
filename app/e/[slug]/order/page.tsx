import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { serverCaller } from "@/server/trpc/server-caller";
import { TopBar } from "../../../top-bar";
import { OrderHistory } from "../orders/order-history";
import { AttendeesOnly, signedInActor } from "../page-gates";
import styles from "./order.module.css";
import { RedeemCode } from "./redeem-code";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Order a coffee" };

type OrderPageProps = { params: Promise<{ slug: string }>; searchParams: Promise<{ code?: string | string[] }> };

/** Where the booth's QR code leads: the code is redeemed once, then the attendee follows their order. */
export default async function OrderPage({ params, searchParams }: OrderPageProps) {
  const { slug } = await params;
  const raw = (await searchParams).code;
  const code = (Array.isArray(raw) ? raw[0] : raw)?.trim() || undefined;
  const path = `/e/${slug}/order${code ? `?code=${encodeURIComponent(code)}` : ""}`;
  const actor = await signedInActor(path);
  if (actor.kind === "staff") return <AttendeesOnly actor={actor} heading="Ordering is for attendees" doing="to order a coffee" />;
  const caller = await serverCaller();
  let event, history;
  try {
    [event, history] = await Promise.all([caller.event.publicInfo({ slug }), caller.attendee.myOrders({ slug })]);
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
  return (
    <>
      <TopBar actor={actor} />
      <main>
        <p className="hint">{event.name}</p>
        <h1>Order a coffee</h1>
        {code ? (
          <RedeemCode slug={event.slug} code={code} />
        ) : (
          <p className={`card ${styles.scan}`} style={{ borderTopColor: event.brandColor }}>
            Scan the QR code on the booth screen to order
          </p>
        )}
        <OrderHistory slug={event.slug} initialOrders={history} />
      </main>
    </>
  );
}
