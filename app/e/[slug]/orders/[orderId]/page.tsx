import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { serverCaller } from "@/server/trpc/server-caller";
import { TopBar } from "../../../../top-bar";
import { AttendeesOnly, signedInActor } from "../../page-gates";
import { OrderHistory } from "../order-history";
import { OrderLive } from "./order-live";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your order" };

export default async function OrderStatusPage({ params }: { params: Promise<{ slug: string; orderId: string }> }) {
  const { slug, orderId } = await params;
  const path = `/e/${slug}/orders/${orderId}`;
  const actor = await signedInActor(path);
  if (actor.kind === "staff") return <AttendeesOnly actor={actor} heading="Orders are for attendees" doing="to follow your own order" />;
  const caller = await serverCaller();
  let order;
  try {
    order = await caller.attendee.order({ orderId });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
  // An order lives at its own event's address.
  if (order.event.slug !== slug) redirect(`/e/${order.event.slug}/orders/${orderId}`);
  const [history, menu] = await Promise.all([
    caller.attendee.myOrders({ slug: order.event.slug }),
    order.status === "STARTED" ? caller.event.menu({ slug: order.event.slug }) : undefined,
  ]);
  return (
    <>
      <TopBar actor={actor} />
      <main>
        <OrderLive initialOrder={order} initialMenu={menu} />
        <OrderHistory slug={order.event.slug} initialOrders={history} currentOrderId={order.id} />
      </main>
    </>
  );
}
