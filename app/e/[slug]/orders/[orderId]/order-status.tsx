import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { problemMessage } from "../../../../i18n/problem-message";
import type { AttendeeOrder } from "../types";
import styles from "./order-status.module.css";

type Situation = { headline: ReactNode; detail?: string; tone?: "ready" | "done" | "ended" };

type Words = ReturnType<typeof useTranslations<"Order">>;

/** The drink form is open from the first moment: the booth's check runs while the attendee looks at the menu. */
export function isChoosing(order: AttendeeOrder) {
  return order.status === "STARTED" && order.submittedAt === null;
}

/**
 * How the order ended, in the page's language: the catalogue's sentence for the server's code, or the barista's
 * own words as written (a reason typed at the board), or the catalogue's fallback.
 */
function endedWords(t: Words, order: AttendeeOrder, fallback: "ended.timed-out" | "ended.rejected" | null): string | undefined {
  const key = `ended.${order.endCode ?? ""}` as "ended.rejected";
  if (order.endCode && t.has(key)) return t(key);
  if (order.endReason && order.endCode === null) return order.endReason;
  return fallback ? t(fallback) : undefined;
}

/** What the attendee needs to know first: one heading that says where the order stands, and one sentence. */
function situationOf(t: Words, order: AttendeeOrder): Situation {
  const number = order.orderNumber ?? "";
  const drink = order.drink?.name ?? t("aDrink");
  switch (order.status) {
    case "STARTED":
      if (order.submittedAt === null) return { headline: t("choose"), detail: order.admitted ? t("pickAdmitted") : t("pickChecking") };
      return { headline: t("placed") };
    case "QUEUED":
      return {
        headline: t.rich("inQueue", {
          number,
          highlight: (chunks) => <span className={styles.number}>{chunks}</span>,
          sub: (chunks) => <span className={styles.sub}>{chunks}</span>,
        }),
        detail: order.queuePosition !== null ? t("queuePosition", { position: order.queuePosition }) : undefined,
      };
    case "MAKING":
      return {
        headline: t("making", { number }),
        detail: order.baristaName ? t("makingBy", { barista: order.baristaName, drink }) : t("makingSomeone", { drink }),
      };
    case "READY":
      return {
        headline: t.rich("ready", { number, highlight: (chunks) => <span className={styles.readyNumber}>{chunks}</span> }),
        detail: t("readyDetail", { drink }),
        tone: "ready",
      };
    case "PICKED_UP":
      return { headline: t("enjoy", { drink }), detail: t("pickedUp", { number }), tone: "done" };
    case "CANCELLED":
      return { headline: t("cancelled"), detail: endedWords(t, order, null), tone: "ended" };
    case "TIMED_OUT":
      return { headline: t("timedOut"), detail: endedWords(t, order, "ended.timed-out"), tone: "ended" };
    case "REJECTED":
      return { headline: t("rejected"), detail: endedWords(t, order, "ended.rejected"), tone: "ended" };
  }
}

/** The live region: screen readers hear the heading and its sentence each time the order moves on. */
export function OrderStatus({ order }: { order: AttendeeOrder }) {
  const t = useTranslations("Order");
  const { headline, detail, tone } = situationOf(t, order);
  return (
    <div
      role="status"
      aria-live="polite"
      aria-atomic="true"
      aria-label={t("statusLabel")}
      className={`${styles.status} ${tone ? styles[tone] : ""}`}
      style={{ borderTopColor: order.event.brandColor }}
    >
      <h1 className={styles.headline}>{headline}</h1>
      {detail && <p className={styles.detail}>{detail}</p>}
    </div>
  );
}

/** The facts under the heading: the wait, the drink and its options, where to look. */
export function OrderFacts({ order }: { order: AttendeeOrder }) {
  const t = useTranslations("Order");
  const problems = useTranslations("Problems");
  const waiting = order.status === "QUEUED" || order.status === "MAKING";
  const next = order.nextOrder;
  return (
    <>
      {(order.drink || (waiting && order.waitSeconds !== null)) && (
        <dl className={styles.facts}>
          {waiting && order.waitSeconds !== null && (
            <div>
              <dt>{t("wait")}</dt>
              <dd>{order.waitSeconds < 60 ? t("lessThanMinute") : t("aboutMinutes", { minutes: Math.round(order.waitSeconds / 60) })}</dd>
            </div>
          )}
          {order.drink && (
            <div>
              <dt>{t("drink")}</dt>
              <dd>
                {order.drink.name}
                {order.drink.options.length > 0 && (
                  <ul className={styles.options}>
                    {order.drink.options.map((option) => (
                      <li key={`${option.group}:${option.choice}`}>{t("option", { group: option.group, choice: option.choice })}</li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
          )}
        </dl>
      )}
      {order.status === "QUEUED" && <p className={styles.lookOut}>{t("lookOut")}</p>}
      {next && (
        <section aria-labelledby="next-order-heading" className={`card ${styles.next}`}>
          <h2 id="next-order-heading">{t("orderAnother")}</h2>
          <p>{next.allowed ? t("scanAgain") : next.problem ? problemMessage(problems, next.problem) : (next.refusal ?? problems("generic"))}</p>
        </section>
      )}
    </>
  );
}
