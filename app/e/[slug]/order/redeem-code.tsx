"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useTRPC } from "../../../trpc-client";
import { Countdown } from "../orders/countdown";
import styles from "./order.module.css";

/** Redeems the booth's code once on arrival (each redemption takes one of the code's drinks), then opens the order. */
export function RedeemCode({ slug, code }: { slug: string; code: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const start = useMutation(
    trpc.attendee.startOrder.mutationOptions({
      onSuccess: ({ orderId }) => router.replace(`/e/${slug}/orders/${orderId}`),
    }),
  );
  const { mutate } = start;
  // StrictMode runs effects twice; a second redemption would spend a second drink. A new code (a new scan) may go.
  const redeemedCode = useRef<string | null>(null);
  useEffect(() => {
    if (redeemedCode.current === code) return;
    redeemedCode.current = code;
    mutate({ slug, code });
  }, [mutate, slug, code]);
  const [waitedFor, setWaitedFor] = useState<string | null>(null);

  const error = start.error;
  if (!error) {
    return (
      <p role="status" aria-live="polite" className={`card ${styles.checking}`}>
        Checking your code…
      </p>
    );
  }

  const reachedServer = Boolean(error.data);
  const retryAfter = error.data?.refusal?.retryAfter ?? null;
  const mayRetry = !reachedServer || (retryAfter !== null && waitedFor === retryAfter);
  return (
    <div className={`card ${styles.problem}`}>
      <p role="alert" className="error">
        {reachedServer ? error.message : "We could not reach the booth. Check your connection and try again."}
      </p>
      {retryAfter && (
        <Countdown
          until={new Date(retryAfter)}
          running={(timeLeft) => `You can order again in ${timeLeft}`}
          ended="You can try again now."
          onEnd={() => setWaitedFor(retryAfter)}
          className={styles.timer}
        />
      )}
      <p className="hint">Scan the code on the booth screen</p>
      {mayRetry && (
        <button type="button" disabled={start.isPending} onClick={() => mutate({ slug, code })}>
          Try again
        </button>
      )}
    </div>
  );
}
