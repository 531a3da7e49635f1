import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { getRequestActor } from "@/server/auth/session";
import { serverCaller } from "@/server/trpc/server-caller";
import { TopBar } from "../../../top-bar";
import { OrderHistory } from "../orders/order-history";
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
  const actor = await getRequestActor();
  if (actor.kind === "anonymous") redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  if (actor.kind === "staff") {
    return (
      <>
        <TopBar actor={actor} />
        <main>
          <h1>Ordering is for attendees</h1>
          <p>You are signed in as staff. Sign out first, then sign in with your name for the cup to order a coffee.</p>
        </main>
      </>
    );
  }
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
