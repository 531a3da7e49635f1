"use client";
import { useId, useState, type FormEvent } from "react";
import styles from "./board.module.css";

/** Cancelling tells the attendee why, so a reason is required (the server wants 3 to 200 characters). */
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
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = reason.trim();
    if (trimmed.length < 3) {
      setProblem("Say why in a few words (at least 3 letters).");
      return;
    }
    setProblem(null);
    onConfirm(trimmed);
  };
  return (
    <form className={styles.cancelForm} onSubmit={submit}>
      <label>
        Reason for cancelling #{orderNumber}
        <input
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          required
          minLength={3}
          maxLength={200}
          autoFocus
          aria-invalid={problem !== null}
          aria-describedby={problem ? problemId : undefined}
        />
      </label>
      {problem && (
        <p id={problemId} className="error">
          {problem}
        </p>
      )}
      <div className={styles.actions}>
        <button type="submit" disabled={busy} className={styles.danger}>
          Confirm cancel #{orderNumber}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={onKeep}>
          Keep #{orderNumber}
        </button>
      </div>
    </form>
  );
}
