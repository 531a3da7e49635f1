"use client";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useSyncExternalStore } from "react";
import { useTRPC } from "../../../trpc-client";
import styles from "./order-history.module.css";
import type { OrderSummary } from "./types";

const statusWords: Record<OrderSummary["status"], string> = {
  STARTED: "Choosing",
  QUEUED: "In the queue",
  MAKING: "Being made",
  READY: "Ready",
  PICKED_UP: "Picked up",
  CANCELLED: "Cancelled",
  TIMED_OUT: "Timed out",
  REJECTED: "Not taken",
};

const badgeTone: Partial<Record<OrderSummary["status"], string>> = {
  READY: "open",
  PICKED_UP: "open",
  CANCELLED: "closed",
  TIMED_OUT: "closed",
  REJECTED: "closed",
};

const never = () => () => {};
/** Times are shown in the phone's own time zone, so only once the page runs there. */
const useInBrowser = () => useSyncExternalStore(never, () => true, () => false);

/** The attendee's orders at this event, newest first, each linking to its live page. */
export function OrderHistory({ slug, initialOrders, currentOrderId }: { slug: string; initialOrders: OrderSummary[]; currentOrderId?: string }) {
  const trpc = useTRPC();
  const orders = useQuery(trpc.attendee.myOrders.queryOptions({ slug }, { initialData: initialOrders })).data;
  const inBrowser = useInBrowser();
  return (
    <section aria-labelledby="order-history-heading" className={styles.history}>
      <h2 id="order-history-heading">Your orders</h2>
      {orders.length === 0 ? (
        <p className="hint">You have not ordered here yet.</p>
      ) : (
        <ul className="list">
          {orders.map((order) => {
            const isCurrent = order.id === currentOrderId;
            return (
              <li key={order.id} className={`card row ${styles.item}`}>
                <div>
                  <Link href={`/e/${slug}/orders/${order.id}`} aria-current={isCurrent ? "page" : undefined} className={styles.link}>
                    {order.orderNumber !== null && `#${order.orderNumber} · `}
                    {order.drinkName ?? "No drink chosen"}
                  </Link>
                  {(inBrowser || isCurrent) && (
                    <p className="hint">
                      {inBrowser && `Started ${order.startedAt.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}`}
                      {inBrowser && isCurrent && " · "}
                      {isCurrent && "this order"}
                    </p>
                  )}
                </div>
                <span className={`badge ${badgeTone[order.status] ?? ""}`}>{statusWords[order.status]}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
