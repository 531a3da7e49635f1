import Link from "next/link";
import { eventPaths } from "@/server/shared/event-paths";
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

/**
 * The attendee's orders at this event, newest first, each linking to its live page. Rendered on the server, with
 * times on the event's clock (not the phone's: a visitor's phone may still be on home time); the order page
 * renders it again whenever the order moves on.
 */
export function OrderHistory({
  slug,
  orders,
  currentOrderId,
  timeZone,
  locale,
}: {
  slug: string;
  orders: OrderSummary[];
  currentOrderId?: string;
  timeZone: string;
  locale: string;
}) {
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: "2-digit", minute: "2-digit" });
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
                  {/* Not prefetched: most attendees never open an old order, and each prefetch costs a phone a round trip. */}
                  <Link
                    href={eventPaths(slug).orderStatus(order.id)}
                    prefetch={false}
                    aria-current={isCurrent ? "page" : undefined}
                    className={styles.link}
                  >
                    {order.orderNumber !== null && `#${order.orderNumber} · `}
                    {order.drinkName ?? "No drink chosen"}
                  </Link>
                  <p className="hint">
                    Started {time.format(order.startedAt)}
                    {isCurrent && " · this order"}
                  </p>
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
