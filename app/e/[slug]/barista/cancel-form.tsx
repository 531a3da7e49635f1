"use client";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import styles from "./board.module.css";

/**
 * The usual reasons, one tap each. Their words, in the board's language, are what the attendee reads: the server
 * keeps a reason as text, so an attendee whose phone speaks another language reads the barista's words.
 */
const presets = ["soldOut", "machineProblem", "duplicate"] as const;
type Choice = (typeof presets)[number] | "other";

/**
 * Cancelling tells the attendee why, so a reason is required: a preset, or "Other" with the barista's own words
 * (the server wants 3 to 200 characters).
 */
export function CancelForm({
  orderNumber,
  busy,
  onConfirm,
  onKeep,
}: {
  orderNumber: number;
  busy: boolean;
  onConfirm: (reason: string) => void;
  onKeep: () => void;
}) {
  const t = useTranslations("Board.cancel");
  const [choice, setChoice] = useState<Choice | null>(null);
  const [ownWords, setOwnWords] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = useId();
  const number = String(orderNumber);
  const sr = (chunks: ReactNode) => <span className={styles.srOnly}>{chunks}</span>;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (choice === null) {
      setProblem(t("chooseReason"));
      return;
    }
    const reason = choice === "other" ? ownWords.trim() : t(`reasons.${choice}`);
    if (reason.length < 3) {
      setProblem(t("tooShort"));
      return;
    }
    setProblem(null);
    onConfirm(reason);
  };

  return (
    <form className={styles.cancelForm} onSubmit={submit} aria-describedby={problem ? problemId : undefined}>
      <fieldset className={styles.reasons}>
        <legend>{t("question", { number })}</legend>
        {[...presets, "other" as const].map((reason, index) => (
          <label key={reason} className={styles.reason}>
            <input
              type="radio"
              name={`cancel-reason-${orderNumber}`}
              value={reason}
              checked={choice === reason}
              onChange={() => setChoice(reason)}
              // The form opens from a tap on "Cancel": the first reason takes the focus, for the keyboard too.
              autoFocus={index === 0}
            />
            {t(`reasons.${reason}`)}
          </label>
        ))}
      </fieldset>
      {choice === "other" && (
        <label>
          {t("ownWords", { number })}
          <input
            value={ownWords}
            onChange={(event) => setOwnWords(event.target.value)}
            required
            minLength={3}
            maxLength={200}
            autoFocus
            aria-invalid={problem !== null}
          />
        </label>
      )}
      {problem && (
        <p id={problemId} className="error">
          {problem}
        </p>
      )}
      <div className={styles.actions}>
        <button type="submit" disabled={busy} className={styles.danger}>
          {t.rich("confirm", { number, sr })}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={onKeep}>
          {t.rich("keep", { number, sr })}
        </button>
      </div>
    </form>
  );
}
