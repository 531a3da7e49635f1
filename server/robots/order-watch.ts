// Follows one order as its attendee's phone does: pushes on the order's own channel, and a re-read every few
// seconds while someone waits (a push sent before the stream opened is never waited for forever). Nothing spins:
// a wait wakes on a push, a re-read or its deadline.
import { channels } from "../realtime/channels";
import type { HttpSession } from "./http-session";

/** What the simulations read of an order (attendee.order, merged with its pushes). */
export type OrderView = { status?: string; submitBy?: unknown; orderNumber?: number | null; [field: string]: unknown };

export type OrderWatch = {
  /** Resolves with the order once `accept` holds; rejects after `timeoutMs`. */
  until(accept: (order: OrderView) => boolean, what: string, timeoutMs?: number): Promise<OrderView>;
  current(): OrderView;
  close(): void;
};

export const isOverStatus = (status: unknown) => ["PICKED_UP", "CANCELLED", "TIMED_OUT", "REJECTED"].includes(String(status));

export async function watchOrder(attendee: HttpSession, orderId: string, rereadMs = 3000): Promise<OrderWatch> {
  let last: OrderView = {};
  const waiters = new Set<() => void>();
  const wake = () => waiters.forEach((check) => check());
  const stream = await attendee.subscribe([channels.order(orderId)], (message) => {
    if (message.name !== "order.status") return;
    last = { ...last, ...message.data };
    wake();
  });
  const reread = async () => {
    try {
      last = await attendee.query<OrderView>("attendee.order", { orderId });
      wake();
    } catch {
      // A failed re-read is tried again at the next tick; the push stream may still answer first.
    }
  };
  await reread();
  const ticker = setInterval(() => void (waiters.size > 0 && reread()), rereadMs);
  return {
    current: () => last,
    until(accept, what, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const deadline = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`order ${orderId}: no ${what} within ${Math.round(timeoutMs / 1000)} s (last seen ${last.status ?? "nothing"})`));
        }, timeoutMs);
        function check() {
          if (!accept(last)) return;
          clearTimeout(deadline);
          waiters.delete(check);
          resolve(last);
        }
        waiters.add(check);
        check();
      });
    },
    close() {
      clearInterval(ticker);
      stream.close();
    },
  };
}
