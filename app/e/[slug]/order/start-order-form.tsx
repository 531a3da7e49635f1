"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import type { Problem } from "@/server/trpc/action-caller";
import { problemMessage } from "../../../i18n/problem-message";
import { Countdown } from "../orders/countdown";
import styles from "./order.module.css";
import { startOrderFromForm, startOrderWithCode } from "./start-order-action";

/**
 * The code link's one form: the name for the cup (for someone not signed in yet) and the code, sent together in
 * one tap; the answer is the order's page. It is a plain form post until the page's JavaScript runs, so a tap
 * during a slow load still works. An attendee already signed in starts at once, without a tap. A problem is shown
 * beside the form, with a countdown when the booth says when to try again; the name stays as typed. Its words are
 * the event's language ("Ordering"), a problem's too: the server sends its code ("Problems").
 */
export function StartOrderForm({ slug, code, guestName }: { slug: string; code: string; guestName: string | null }) {
  const t = useTranslations("Ordering");
  const problems = useTranslations("Problems");
  const [problem, setProblem] = useState<(NonNullable<Problem> & { unreachable?: boolean }) | null>(null);
  const [waitedFor, setWaitedFor] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const form = useRef<HTMLFormElement>(null);

  // One redemption per code: a failed first tap signs the attendee in, the page comes back as theirs, and must not
  // start the same code again by itself.
  const started = useRef<string | null>(null);
  const send = (data: FormData) => {
    started.current = code;
    startTransition(async () => {
      try {
        // A redirect (the order's page) is followed by the router; a refusal comes back as a problem.
        setProblem((await startOrderWithCode(data)) ?? null);
      } catch {
        setProblem({ code: "unreachable", unreachable: true });
      }
    });
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    send(new FormData(event.currentTarget));
  };

  // Signed in already (a second drink, a new scan): each code is redeemed once on arrival, as a tap would.
  useEffect(() => {
    if (guestName === null || started.current === code || !form.current) return;
    send(new FormData(form.current));
  }, [guestName, code]); // eslint-disable-line react-hooks/exhaustive-deps -- `send` is new each render; the code decides

  const retryAfter = problem?.retryAfter ?? null;
  const mustWait = retryAfter !== null && waitedFor !== retryAfter;
  // Worth another tap: the booth was out of reach, or a rule of the booth that time lifts. A code that is used up,
  // expired or wrong needs a new scan, not a tap.
  const mayRetry = problem !== null && (problem.unreachable === true || (problem.reason !== undefined && problem.reason !== "code-used-up" && !mustWait));
  return (
    <form ref={form} action={startOrderFromForm} onSubmit={submit} className={`card stack ${styles.start}`} noValidate={guestName !== null}>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="code" value={code} />
      {guestName === null ? (
        <label>
          {t("nameForCup")}
          <input name="name" autoComplete="given-name" required minLength={2} maxLength={40} aria-invalid={problem?.field === "name" || undefined} />
        </label>
      ) : (
        <p className={styles.checking} role="status" aria-live="polite">
          {pending ? t("starting", { name: guestName }) : t("hello", { name: guestName })}
        </p>
      )}
      {problem && (
        <div className={styles.problem}>
          <p role="alert" className="error">
            {problem.unreachable ? t("unreachable") : problemMessage(problems, problem)}
          </p>
          {retryAfter && (
            <Countdown
              until={new Date(retryAfter)}
              running={(time) => (problem.reason === "code-used-up" ? t("nextCodeIn", { time }) : t("orderAgainIn", { time }))}
              ended={problem.reason === "code-used-up" ? t("newCodeShown") : t("tryAgainNow")}
              onEnd={() => setWaitedFor(retryAfter)}
              className={styles.timer}
            />
          )}
        </div>
      )}
      {(guestName === null || mayRetry) && (
        <button type="submit" disabled={pending || mustWait}>
          {pending ? t("startingButton") : guestName === null ? t("continue") : t("tryAgain")}
        </button>
      )}
    </form>
  );
}
