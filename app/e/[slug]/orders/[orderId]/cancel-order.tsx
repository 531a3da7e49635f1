"use client";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTRPC } from "../../../../trpc-client";
import styles from "./order-live.module.css";

type CancelOrderProps = { orderId: string; cancellable: boolean; onChanged: () => Promise<unknown> };

/**
 * Cancelling takes two taps, the second one inline (a native confirm() dialog cannot be styled or driven by tests).
 * Stays mounted after the order moves on, so a refusal ("a barista is already making it") stays readable.
 */
export function CancelOrder({ orderId, cancellable, onChanged }: CancelOrderProps) {
  const trpc = useTRPC();
  const [confirming, setConfirming] = useState(false);
  const cancel = useMutation(
    trpc.attendee.cancelOrder.mutationOptions({
      onSuccess: () => onChanged(),
      onError: () => {
        setConfirming(false);
        void onChanged();
      },
    }),
  );
  const askButton = useRef<HTMLButtonElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const focusMoved = useRef(false);
  useEffect(() => {
    // Only after a tap here: keyboard users land on the next sensible button, not back at the top of the page.
    if (!focusMoved.current) return;
    (confirming ? keepButton : askButton).current?.focus();
  }, [confirming]);

  const toggle = (next: boolean) => {
    focusMoved.current = true;
    setConfirming(next);
  };

  return (
    <div className={styles.cancel}>
      {cancellable &&
        (confirming || cancel.isPending ? (
          <div role="group" aria-labelledby="cancel-question" className="stack">
            <p id="cancel-question" className={styles.question}>
              Cancel this order? You would need to scan the code again for another drink.
            </p>
            <div className="row">
              <button type="button" className={styles.danger} disabled={cancel.isPending} onClick={() => cancel.mutate({ orderId })}>
                {cancel.isPending ? "Cancelling…" : "Yes, cancel my order"}
              </button>
              <button type="button" className="secondary" ref={keepButton} disabled={cancel.isPending} onClick={() => toggle(false)}>
                Keep it
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className="secondary" ref={askButton} onClick={() => toggle(true)}>
            Cancel order
          </button>
        ))}
      {cancel.error && (
        <p role="alert" className="error">
          {cancel.error.message}
        </p>
      )}
    </div>
  );
}
