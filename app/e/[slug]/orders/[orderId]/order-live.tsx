"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { channels } from "@/server/realtime/channels";
import { ConnectionBadge } from "../../../../realtime/connection-badge";
import { useChannel } from "../../../../realtime/realtime-provider";
import { useTRPC } from "../../../../trpc-client";
import { Countdown } from "../countdown";
import type { AttendeeOrder, Menu } from "../types";
import { CancelOrder } from "./cancel-order";
import { DrinkForm } from "./drink-form";
import styles from "./order-live.module.css";
import { isChoosing, OrderFacts, OrderStatus } from "./order-status";
import { ReadyNotifications } from "./ready-notifications";

/**
 * How often to re-read without being told. Queue place and wait estimate move as other people's orders move,
 * which this order's channel does not announce; the short waits only back up a missed message.
 */
function pollInterval(order: AttendeeOrder | undefined): number | false {
  if (!order) return false;
  if (order.status === "QUEUED" || order.status === "MAKING") return 10_000;
  if (order.status !== "STARTED") return false;
  if (!order.admitted || order.submittedAt !== null) return 5_000;
  // Time is up on this phone: the server ends the order any moment now.
  if (order.submitBy && order.submitBy.getTime() <= Date.now()) return 3_000;
  return false;
}

type OrderLiveProps = { initialOrder: AttendeeOrder; initialMenu?: Menu };

/** The attendee's order, following it live from choosing to pick-up. */
export function OrderLive({ initialOrder, initialMenu }: OrderLiveProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const orderId = initialOrder.id;
  const slug = initialOrder.event.slug;
  const orderQuery = useQuery(
    trpc.attendee.order.queryOptions({ orderId }, { initialData: initialOrder, refetchInterval: (query) => pollInterval(query.state.data) }),
  );
  const order = orderQuery.data;

  const reread = useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.attendee.order.queryKey({ orderId }) }),
        queryClient.invalidateQueries({ queryKey: trpc.attendee.myOrders.queryKey({ slug }) }),
      ]),
    [queryClient, trpc, orderId, slug],
  );
  const rereadSoon = useCallback(() => void reread(), [reread]);
  // Every message and every (re)connect is a cue to re-read: the query, not the message, is the truth.
  useChannel(channels.order(orderId), (message) => message.name === "order.status" && rereadSoon(), rereadSoon);

  const choosing = isChoosing(order);
  return (
    <>
      <p className={`row ${styles.topline}`}>
        <span className="hint">{order.event.name}</span>
        <ConnectionBadge />
      </p>
      <OrderStatus order={order} />
      {(order.status === "QUEUED" || order.status === "MAKING") && <ReadyNotifications orderId={orderId} />}
      {orderQuery.isRefetchError && <p className="hint">Could not update just now. Trying again…</p>}

      {choosing && order.submitBy && (
        <Countdown
          until={order.submitBy}
          running={(timeLeft) => `Time left to choose: ${timeLeft}`}
          ended="Time is up"
          onEnd={rereadSoon}
          className={styles.timer}
        />
      )}
      {order.status === "REJECTED" && order.retryAfter && (
        <Countdown
          until={order.retryAfter}
          running={(timeLeft) => `You can order again in ${timeLeft}`}
          ended="You can order again now. Scan the code on the booth screen."
          onEnd={rereadSoon}
          className={styles.timer}
        />
      )}

      {choosing ? <DrinkForm slug={slug} orderId={orderId} initialMenu={initialMenu} onSubmitted={reread} /> : <OrderFacts order={order} />}

      <CancelOrder orderId={orderId} cancellable={order.status === "STARTED" || order.status === "QUEUED"} onChanged={reread} />
    </>
  );
}
