"use client";
import { useState } from "react";
import styles from "./board.module.css";
import type { BoardOrder } from "./board-types";
import { CancelForm } from "./cancel-form";
import { OrderAge } from "./order-age";
import { recallGraceSeconds } from "@/server/shared/order-timing";
import { useNow } from "../../../use-now";
import { useOrderActions } from "./use-order-actions";


export function OrderCard({
  slug,
  order,
  canReleaseAny,
  report,
}: {
  slug: string;
  order: BoardOrder;
  canReleaseAny: boolean;
  report: (problem: string | null) => void;
}) {
  const actions = useOrderActions(slug, report);
  const [cancelling, setCancelling] = useState(false);
  const now = useNow();
  const number = `#${order.orderNumber}`;
  const target = { slug, orderId: order.id };
  const mine = order.mine;
  const { busy } = actions;
  const recallable = order.completedAt !== null && now !== null && now - order.completedAt.getTime() < recallGraceSeconds * 1000;

  return (
    <article aria-label={`Order ${number}`} className={`card ${styles.card} ${mine && order.status === "MAKING" ? styles.mine : ""}`}>
      <div className={styles.cardTop}>
        <h3 className={styles.number}>{number}</h3>
        {order.queuedAt && <OrderAge since={order.queuedAt} />}
      </div>
      <p className={styles.attendee}>{order.attendeeName}</p>
      <p className={styles.drink}>{order.drink.name}</p>
      {order.drink.options.length > 0 && (
        <ul className={styles.options}>
          {order.drink.options.map((option) => (
            <li key={`${option.group}:${option.choice}`}>
              {option.group}: <strong>{option.choice}</strong>
            </li>
          ))}
        </ul>
      )}
      {order.status === "MAKING" && (
        <p className={styles.maker}>
          Making: {order.baristaName ?? "someone"}
          {mine && " (you)"}
        </p>
      )}

      {order.status === "QUEUED" &&
        (cancelling ? (
          <CancelForm
            orderNumber={order.orderNumber}
            busy={busy}
            onConfirm={(reason) => actions.cancel.mutate({ ...target, reason })}
            onKeep={() => setCancelling(false)}
          />
        ) : (
          <div className={styles.actions}>
            <button type="button" disabled={busy} onClick={() => actions.claim.mutate(target)}>
              Make {number}
            </button>
            <button type="button" className="secondary" disabled={busy} onClick={() => setCancelling(true)}>
              Cancel {number}
            </button>
          </div>
        ))}

      {order.status === "MAKING" && (mine || canReleaseAny) && (
        <div className={styles.actions}>
          {mine && (
            <button type="button" disabled={busy} onClick={() => actions.complete.mutate(target)}>
              Ready {number}
            </button>
          )}
          <button type="button" className="secondary" disabled={busy} onClick={() => actions.release.mutate(target)}>
            Release {number}
          </button>
        </div>
      )}

      {order.status === "READY" && (
        <div className={styles.actions}>
          <button type="button" disabled={busy} onClick={() => actions.pickUp.mutate(target)}>
            Picked up {number}
          </button>
          {recallable && (
            <button type="button" className="secondary" disabled={busy} onClick={() => actions.recall.mutate(target)}>
              Back to making {number}
            </button>
          )}
        </div>
      )}
    </article>
  );
}
