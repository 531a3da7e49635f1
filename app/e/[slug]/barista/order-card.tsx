"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import styles from "./board.module.css";
import type { BoardOrder } from "./board-types";
import { CancelForm } from "./cancel-form";
import { OrderAge } from "./order-age";
import { recallGraceSeconds } from "@/server/shared/order-timing";
import { useNow } from "../../../use-now";
import { useOrderActions } from "./use-order-actions";
import { useCanSend } from "./send-now";
import { eventPaths } from "@/server/shared/event-paths";

/** Each state's word (the column's title): its colour is never the only sign of it. */
const stateWords = { QUEUED: "new", MAKING: "making", READY: "ready" } as const;

/**
 * One order as a barista reads it at arm's length: number, drink and the options that differ from the usual ones
 * largest, then the attendee's name, the state and how long it has been in it, then the taps. Button labels show
 * the verb; the number is there for screen readers and tests ("Make #12"), as the card already shows it large.
 */
export function OrderCard({
  slug,
  order,
  unusual,
  station,
  canReleaseAny,
  report,
  onClaimed,
}: {
  slug: string;
  order: BoardOrder;
  unusual: { group: string; choice: string }[];
  /** Where it is made, when the event has more than one station. */
  station: string | null;
  canReleaseAny: boolean;
  report: (problem: string | null) => void;
  /** The barista won the order (another may have tapped Make on it at the same moment). */
  onClaimed: (order: BoardOrder) => void;
}) {
  const actions = useOrderActions(slug, order.orderNumber, report, () => onClaimed(order));
  const canSend = useCanSend();
  const [cancelling, setCancelling] = useState(false);
  const now = useNow();
  const target = { slug, orderId: order.id };
  const mine = order.mine;
  const off = actions.busy || !canSend;
  const recallable = order.completedAt !== null && now !== null && now - order.completedAt.getTime() < recallGraceSeconds * 1000;
  const t = useTranslations("Board");
  const sr = (chunks: ReactNode) => <span className={styles.srOnly}>{chunks}</span>;
  const button = (verb: "make" | "cancel" | "ready" | "release" | "pickUp" | "recall") =>
    t.rich("button", { verb: t(`verbs.${verb}`), number: String(order.orderNumber), sr });
  const stateWord = order.status in stateWords ? stateWords[order.status as keyof typeof stateWords] : null;
  const maker = order.baristaName ?? t("someone");

  return (
    <article
      aria-label={t("order", { number: String(order.orderNumber) })}
      data-state={order.status}
      className={`card ${styles.card} ${mine && order.status === "MAKING" ? styles.mine : ""}`}
    >
      <h3 className={styles.what}>
        {/* The number opens the order's story: a card gains no line for what is needed only when something needs explaining. */}
        <Link className={`${styles.number} ${styles.journeyLink}`} href={eventPaths(slug).journey(order.id)} aria-label={t("journeyLink", { number: String(order.orderNumber) })}>
          #{order.orderNumber}
        </Link>{" "}
        {order.drink.name}
        {unusual.length > 0 && <span className={styles.unusual}> · {unusual.map((option) => option.choice).join(" · ")}</span>}
      </h3>
      <div className={styles.who}>
        <p className={styles.attendee}>{order.attendeeName}</p>
        <p className={styles.meta}>
          {stateWord && <span className={styles.stateWord}>{t(`states.${stateWord}`)}</span>}
          <OrderAge order={order} />
          {station && <span className={styles.station}>{station}</span>}
          {order.status === "MAKING" && (
            <span className={styles.maker}>{mine ? t("makerYou", { name: maker }) : t("maker", { name: maker })}</span>
          )}
        </p>
      </div>

      {order.status === "QUEUED" &&
        (cancelling ? (
          <CancelForm
            orderNumber={order.orderNumber}
            busy={off}
            onConfirm={(reason) => actions.cancel.mutate({ ...target, reason })}
            onKeep={() => setCancelling(false)}
          />
        ) : (
          <div className={styles.actions}>
            <button type="button" disabled={off} onClick={() => actions.claim.mutate(target)}>
              {button("make")}
            </button>
            <button type="button" className="secondary" disabled={off} onClick={() => setCancelling(true)}>
              {button("cancel")}
            </button>
          </div>
        ))}

      {order.status === "MAKING" && (mine || canReleaseAny) && (
        <div className={styles.actions}>
          {mine && (
            <button type="button" disabled={off} onClick={() => actions.complete.mutate(target)}>
              {button("ready")}
            </button>
          )}
          <button type="button" className="secondary" disabled={off} onClick={() => actions.release.mutate(target)}>
            {button("release")}
          </button>
        </div>
      )}

      {order.status === "READY" && (
        <div className={styles.actions}>
          <button type="button" disabled={off} onClick={() => actions.pickUp.mutate(target)}>
            {button("pickUp")}
          </button>
          {recallable && (
            <button type="button" className="secondary" disabled={off} onClick={() => actions.recall.mutate(target)}>
              {button("recall")}
            </button>
          )}
        </div>
      )}

    </article>
  );
}
