"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useState, useTransition } from "react";
import { channels } from "@/server/realtime/channels";
import { ConnectionBadge } from "../../../../realtime/connection-badge";
import { useChannel } from "../../../../realtime/realtime-provider";
import { spreadOut } from "../../../../realtime/spread-out";
import { Countdown } from "../countdown";
import type { AttendeeOrder, Menu } from "../types";
import { applyOrderPush } from "./apply-order-push";
import { CancelOrder } from "./cancel-order";
import { DrinkForm } from "./drink-form";
import styles from "./order-live.module.css";
import { isChoosing, OrderFacts, OrderStatus } from "./order-status";
import { useReadyAlert } from "./ready-alert";
import { ReadyNotifications } from "./ready-notifications";
import { useUnlockSoundOnFirstGesture } from "../../../../sound-switch";

/** The longest a phone waits, at random, before re-reading its place after the queue moved (see spreadOut). */
const queueMoveSpreadMs = 400;

const isWaiting = (order: AttendeeOrder) => order.status === "QUEUED" || order.status === "MAKING";

/**
 * How often to ask for the page again without being told. The queue's channel says when places move; the wait
 * estimate also shrinks as drinks in the making near their end, which nothing announces; the menu changes while
 * people choose; the short waits only back up a missed message.
 */
function pollInterval(order: AttendeeOrder): number | null {
  if (isWaiting(order)) return 30_000;
  if (order.status !== "STARTED") return null;
  if (!order.admitted || order.submittedAt !== null) return 5_000;
  return 20_000;
}

/**
 * The attendee's order, following it live from choosing to pick-up. The server renders each state (page.tsx);
 * this part shows what the order's channel pushes at once, asks for the page again behind it, on every
 * (re)connect, and now and then.
 */
export function OrderLive({ order: rendered, menu }: { order: AttendeeOrder; menu?: Menu }) {
  const t = useTranslations("Order");
  const router = useRouter();
  const [rereading, startTransition] = useTransition();
  const reread = useCallback(() => startTransition(() => router.refresh()), [router]);
  // A pushed status shows at once (apply-order-push.ts), and the page is re-read behind it for what the push
  // does not carry (the place in the queue, the wait). The pushed order is shown until that re-read has landed:
  // it asked after the push, so what it brings is at least as new. Every (re)connect re-reads too.
  const [pushed, setPushed] = useState<{ order: AttendeeOrder; over: AttendeeOrder } | null>(null);
  const order = pushed && (rereading || pushed.over === rendered) ? pushed.order : rendered;
  useChannel(
    channels.order(rendered.id),
    (message) => {
      if (message.name !== "order.status") return;
      const next = applyOrderPush(order, message.data);
      if (next) setPushed({ order: next, over: rendered });
      reread();
    },
    reread,
  );
  // While it waits, someone else's drink leaving the queue or being finished moves this one's place and estimate.
  const queueMoved = useMemo(() => spreadOut(reread, queueMoveSpreadMs), [reread]);
  const waiting = isWaiting(order);
  // Once it no longer waits (ready, cancelled), a re-read the queue asked for is not needed: drop it.
  useEffect(() => {
    if (!waiting) queueMoved.cancel();
    return () => queueMoved.cancel();
  }, [queueMoved, waiting]);
  // While it is being chosen, the organiser changing the menu (a new drink, an option sold out) shows at once.
  const choosing = isChoosing(order);
  useChannel(isWaiting(order) || choosing ? channels.queue(order.event.id) : null, (message) => {
    if (message.name === (choosing ? "menu.changed" : "queue.moved")) queueMoved.trigger();
  });
  const every = pollInterval(order);
  useEffect(() => {
    if (every === null) return;
    const timer = setInterval(reread, every);
    return () => clearInterval(timer);
  }, [every, reread]);

  useUnlockSoundOnFirstGesture();
  useReadyAlert(order, t("readyTitle", { number: order.orderNumber ?? "" }));

  return (
    <>
      <p className={`row ${styles.topline}`}>
        <span className="hint">{order.event.name}</span>
        <ConnectionBadge />
      </p>
      <OrderStatus order={order} />
      {isWaiting(order) && <ReadyNotifications orderId={order.id} />}

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
