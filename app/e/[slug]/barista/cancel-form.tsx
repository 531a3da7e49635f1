"use client";
import { useId, useState, type FormEvent } from "react";
import styles from "./board.module.css";

/** The usual reasons, one tap each; their words are what the attendee reads. */
const presets = ["Sold out", "Machine problem", "Duplicate order"] as const;
const other = "Other";

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
  const [choice, setChoice] = useState<string | null>(null);
  const [ownWords, setOwnWords] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = useId();
  const number = <span className={styles.srOnly}> #{orderNumber}</span>;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (choice === null) {
      setProblem("Choose a reason.");
      return;
    }
    const reason = choice === other ? ownWords.trim() : choice;
    if (reason.length < 3) {
      setProblem("Say why in a few words (at least 3 letters).");
      return;
    }
    setProblem(null);
    onConfirm(reason);
  };

  return (
    <form className={styles.cancelForm} onSubmit={submit} aria-describedby={problem ? problemId : undefined}>
      <fieldset className={styles.reasons}>
        <legend>Why cancel #{orderNumber}?</legend>
        {[...presets, other].map((reason, index) => (
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
            {reason}
          </label>
        ))}
      </fieldset>
      {choice === other && (
        <label>
          Reason for cancelling #{orderNumber}
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
          Confirm cancel{number}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={onKeep}>
          Keep{number}
        </button>
      </div>
    </form>
  );
}
