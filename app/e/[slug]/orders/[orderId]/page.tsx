import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { eventPaths } from "@/server/shared/event-paths";
import { serverCaller } from "@/server/trpc/server-caller";
import { ClientMessages } from "../../../../i18n/client-messages";
import { TopBar } from "../../../../top-bar";
import { AttendeesOnly, signedInActor } from "../../page-gates";
import { OrderHistory } from "../order-history";
import { OrderLive } from "./order-live";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Order"))("title") };
}

/**
 * The attendee's order, rendered here on the server each time it moves on: the phone's part (order-live.tsx)
 * listens to the order's channel and asks for this page again, and every tap's answer carries it. It speaks the
 * event's language with only the namespaces it uses.
 */
export default async function OrderStatusPage({ params }: { params: Promise<{ slug: string; orderId: string }> }) {
  const { slug, orderId } = await params;
  const actor = await signedInActor(eventPaths(slug).orderStatus(orderId));
  if (actor.kind === "staff") {
    const gates = await getTranslations("Gates");
    return <AttendeesOnly actor={actor} heading={gates("ordersHeading")} message={gates("ordersStaff")} />;
  }
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
        <ClientMessages namespaces={["Connection", "Order", "Duration", "Problems"]}>
          <OrderLive order={order} menu={menu} />
        </ClientMessages>
        <OrderHistory slug={order.event.slug} orders={history} currentOrderId={order.id} />
      </main>
    </>
  );
}
