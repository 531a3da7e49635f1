"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { problemMessage } from "../../../../i18n/problem-message";
import { cancelMyOrder } from "./order-actions";
import styles from "./order-live.module.css";

type CancelOrderProps = { orderId: string; cancellable: boolean };

/**
 * Cancelling takes two taps, the second one inline (a native confirm() dialog cannot be styled or driven by tests).
 * Stays mounted after the order moves on, so a refusal ("a barista is already making it") stays readable.
 */
export function CancelOrder({ orderId, cancellable }: CancelOrderProps) {
  const t = useTranslations("Order.cancel");
  const problems = useTranslations("Problems");
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  // The page comes back with the order's new state in the same answer (order-actions.ts).
  const cancel = () =>
    startTransition(async () => {
      setProblem(null);
      try {
        const refused = await cancelMyOrder(orderId);
        if (refused) {
          setConfirming(false);
          setProblem(problemMessage(problems, refused));
        }
      } catch {
        setProblem(t("unreachable"));
      }
    });
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
        (confirming || pending ? (
          <div role="group" aria-labelledby="cancel-question" className="stack">
            <p id="cancel-question" className={styles.question}>
              {t("question")}
            </p>
            <div className="row">
              <button type="button" className={styles.danger} disabled={pending} onClick={cancel}>
                {pending ? t("cancelling") : t("confirm")}
              </button>
              <button type="button" className="secondary" ref={keepButton} disabled={pending} onClick={() => toggle(false)}>
                {t("keep")}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className="secondary" ref={askButton} onClick={() => toggle(true)}>
            {t("ask")}
          </button>
        ))}
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
    </div>
  );
}
