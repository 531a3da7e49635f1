"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useTransition } from "react";
import { channels } from "@/server/realtime/channels";
import { ConnectionBadge } from "../../../../realtime/connection-badge";
import { useChannel } from "../../../../realtime/realtime-provider";
import { Countdown } from "../countdown";
import type { AttendeeOrder, Menu } from "../types";
import { CancelOrder } from "./cancel-order";
import { DrinkForm } from "./drink-form";
import styles from "./order-live.module.css";
import { isChoosing, OrderFacts, OrderStatus } from "./order-status";
import { useReadyAlert } from "./ready-alert";
import { ReadyNotifications } from "./ready-notifications";
import { useUnlockSoundOnFirstGesture } from "../../../../sound-switch";

/**
 * How often to ask for the page again without being told. Queue place and wait estimate move as other people's
 * orders move, which this order's channel does not announce; the menu changes while people choose; the short
 * waits only back up a missed message.
 */
function pollInterval(order: AttendeeOrder): number | null {
  if (order.status === "QUEUED" || order.status === "MAKING") return 10_000;
  if (order.status !== "STARTED") return null;
  if (!order.admitted || order.submittedAt !== null) return 5_000;
  return 20_000;
}

/**
 * The attendee's order, following it live from choosing to pick-up. The server renders each state (page.tsx);
 * this part asks for the page again when the order's channel says it moved, on every (re)connect, and now and then.
 */
export function OrderLive({ order, menu }: { order: AttendeeOrder; menu?: Menu }) {
  const t = useTranslations("Order");
  const router = useRouter();
  const [, startTransition] = useTransition();
  const reread = useCallback(() => startTransition(() => router.refresh()), [router]);
  // Every message and every (re)connect is a cue to re-read: the page, not the message, is the truth.
  useChannel(channels.order(order.id), (message) => message.name === "order.status" && reread(), reread);
  const every = pollInterval(order);
  useEffect(() => {
    if (every === null) return;
    const timer = setInterval(reread, every);
    return () => clearInterval(timer);
  }, [every, reread]);

  useUnlockSoundOnFirstGesture();
  useReadyAlert(order, t("readyTitle", { number: order.orderNumber ?? "" }));

  const choosing = isChoosing(order);
  return (
    <>
      <p className={`row ${styles.topline}`}>
        <span className="hint">{order.event.name}</span>
        <ConnectionBadge />
      </p>
      <OrderStatus order={order} />
      {(order.status === "QUEUED" || order.status === "MAKING") && <ReadyNotifications orderId={order.id} />}

      {choosing && order.submitBy && (
        <Countdown
          until={order.submitBy}
          running={(time) => t("timeLeft", { time })}
          ended={t("timeUp")}
          onEnd={reread}
          className={`${styles.timer} ${styles.sticky}`}
        />
      )}
      {order.status === "REJECTED" && order.retryAfter && (
        <Countdown
          until={order.retryAfter}
          running={(time) => t("orderAgainIn", { time })}
          ended={t("orderAgainNow")}
          onEnd={reread}
          className={styles.timer}
        />
      )}

      {choosing && menu ? <DrinkForm key={order.id} orderId={order.id} menu={menu} admitted={order.admitted} /> : <OrderFacts order={order} />}

      <CancelOrder orderId={order.id} cancellable={order.status === "STARTED" || order.status === "QUEUED"} />
    </>
  );
}
