import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { eventPaths } from "@/server/shared/event-paths";
import { serverCaller } from "@/server/trpc/server-caller";
import { TopBar } from "../../../../top-bar";
import { AttendeesOnly, signedInActor } from "../../page-gates";
import { OrderHistory } from "../order-history";
import { OrderLive } from "./order-live";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your order" };

/**
 * The attendee's order, rendered here on the server each time it moves on: the phone's part (order-live.tsx)
 * listens to the order's channel and asks for this page again, and every tap's answer carries it.
 */
export default async function OrderStatusPage({ params }: { params: Promise<{ slug: string; orderId: string }> }) {
  const { slug, orderId } = await params;
  const actor = await signedInActor(eventPaths(slug).orderStatus(orderId));
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
  if (order.event.slug !== slug) redirect(eventPaths(order.event.slug).orderStatus(orderId));
  const [history, menu] = await Promise.all([
    caller.attendee.myOrders({ slug: order.event.slug }),
    order.status === "STARTED" ? caller.event.menu({ slug: order.event.slug }) : undefined,
  ]);
  return (
    <>
      <TopBar actor={actor} />
      <main>
        <OrderLive order={order} menu={menu} />
        <OrderHistory slug={order.event.slug} orders={history} currentOrderId={order.id} timeZone={order.event.timeZone} locale={order.event.locale} />
      </main>
    </>
  );
}
