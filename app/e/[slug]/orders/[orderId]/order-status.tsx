import type { ReactNode } from "react";
import type { AttendeeOrder } from "../types";
import styles from "./order-status.module.css";

type Situation = { headline: ReactNode; detail?: string; tone?: "ready" | "done" | "ended" };

/** The drink's name in a sentence, whatever is known of it. */
const drinkName = (order: AttendeeOrder) => order.drink?.name ?? "drink";

/** The drink form is open from the first moment: the booth's check runs while the attendee looks at the menu. */
export function isChoosing(order: AttendeeOrder) {
  return order.status === "STARTED" && order.submittedAt === null;
}

function timedOutReason(endReason: string | null) {
  if (endReason === "submit") return "Time ran out before you chose a drink. Scan the code again to start a new order.";
  if (endReason === "barista") return "Sorry — our baristas could not make your drink in time. Please order again.";
  return endReason ?? "This order ran out of time.";
}

/** What the attendee needs to know first: one heading that says where the order stands, and one sentence. */
function situationOf(order: AttendeeOrder): Situation {
  const number = `Order #${order.orderNumber ?? ""}`;
  switch (order.status) {
    case "STARTED":
      if (order.submittedAt === null) {
        return {
          headline: "Choose your drink",
          detail: order.admitted ? "Pick a drink below, then tap the order button." : "Pick a drink below while we check the booth for you.",
        };
      }
      return { headline: "Order placed — getting your number…" };
    case "QUEUED":
      return {
        headline: (
          <>
            <span className={styles.number}>{number}</span> <span className={styles.sub}>is in the queue</span>
          </>
        ),
        detail: order.queuePosition !== null ? `You are number ${order.queuePosition} in the queue` : undefined,
      };
    case "MAKING":
      return {
        headline: `${number} is being made`,
        detail: `${order.baristaName ?? "A barista"} is making your ${drinkName(order)}.`,
      };
    case "READY":
      return {
        headline: (
          <>
            Ready: show <span className={styles.readyNumber}>#{order.orderNumber ?? ""}</span> at the counter
          </>
        ),
        detail: `Your ${drinkName(order)} is waiting for you.`,
        tone: "ready",
      };
    case "PICKED_UP":
      return { headline: `Enjoy your ${drinkName(order)}!`, detail: `You picked up order #${order.orderNumber ?? ""}.`, tone: "done" };
    case "CANCELLED":
      return { headline: "Order cancelled", detail: order.endReason ?? undefined, tone: "ended" };
    case "TIMED_OUT":
      return { headline: "Order timed out", detail: timedOutReason(order.endReason), tone: "ended" };
    case "REJECTED":
      return { headline: "Order not taken", detail: order.endReason ?? "The booth could not take this order.", tone: "ended" };
  }
}

/** The live region: screen readers hear the heading and its sentence each time the order moves on. */
export function OrderStatus({ order }: { order: AttendeeOrder }) {
  const { headline, detail, tone } = situationOf(order);
  return (
    <div
      role="status"
      aria-live="polite"
      aria-atomic="true"
      aria-label="Order status"
      className={`${styles.status} ${tone ? styles[tone] : ""}`}
      style={{ borderTopColor: order.event.brandColor }}
    >
      <h1 className={styles.headline}>{headline}</h1>
      {detail && <p className={styles.detail}>{detail}</p>}
    </div>
  );
}

function waitWords(waitSeconds: number) {
  return waitSeconds < 60 ? "Less than a minute" : `About ${Math.round(waitSeconds / 60)} min`;
}

/** The facts under the heading: the wait, the drink and its options, where to look. */
export function OrderFacts({ order }: { order: AttendeeOrder }) {
  const waiting = order.status === "QUEUED" || order.status === "MAKING";
  return (
    <>
      {(order.drink || (waiting && order.waitSeconds !== null)) && (
        <dl className={styles.facts}>
          {waiting && order.waitSeconds !== null && (
            <div>
              <dt>Wait</dt>
              <dd>{waitWords(order.waitSeconds)}</dd>
            </div>
          )}
          {order.drink && (
            <div>
              <dt>Drink</dt>
              <dd>
                {order.drink.name}
                {order.drink.options.length > 0 && (
                  <ul className={styles.options}>
                    {order.drink.options.map((option) => (
                      <li key={`${option.group}:${option.choice}`}>
                        {option.group}: {option.choice}
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
          )}
        </dl>
      )}
      {order.status === "QUEUED" && <p className={styles.lookOut}>Look out for your number on the booth screen</p>}
      {order.nextOrder && (
        <section aria-labelledby="next-order-heading" className={`card ${styles.next}`}>
          <h2 id="next-order-heading">Order another</h2>
          <p>{order.nextOrder.allowed ? "Scan the code on the booth screen again for another drink." : order.nextOrder.refusal}</p>
        </section>
      )}
    </>
  );
}
