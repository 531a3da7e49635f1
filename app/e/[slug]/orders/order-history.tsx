import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { eventPaths } from "@/server/shared/event-paths";
import styles from "./order-history.module.css";
import type { OrderSummary } from "./types";

const badgeTone: Partial<Record<OrderSummary["status"], string>> = {
  READY: "open",
  PICKED_UP: "open",
  CANCELLED: "closed",
  TIMED_OUT: "closed",
  REJECTED: "closed",
};

/**
 * The attendee's orders at this event, newest first, each linking to its live page. Rendered on the server, in the
 * event's language and with times on the event's clock (the request config's zone, not the phone's: a visitor's
 * phone may still be on home time); the order page renders it again whenever the order moves on.
 */
export async function OrderHistory({ slug, orders, currentOrderId }: { slug: string; orders: OrderSummary[]; currentOrderId?: string }) {
  const [t, format] = await Promise.all([getTranslations("History"), getFormatter()]);
  const time = (at: Date) => format.dateTime(at, { hour: "2-digit", minute: "2-digit" });
  return (
    <section aria-labelledby="order-history-heading" className={styles.history}>
      <h2 id="order-history-heading">{t("heading")}</h2>
      {orders.length === 0 ? (
        <p className="hint">{t("none")}</p>
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
                    {order.drinkName ?? t("noDrink")}
                  </Link>
                  <p className="hint">
                    {isCurrent ? t("startedCurrent", { time: time(order.startedAt) }) : t("started", { time: time(order.startedAt) })}
                  </p>
                </div>
                <span className={`badge ${badgeTone[order.status] ?? ""}`}>{t(`statuses.${order.status}`)}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
