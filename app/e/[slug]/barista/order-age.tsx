"use client";
import styles from "./board.module.css";
import { useNow } from "../../../use-now";

/** How long an attendee has been waiting; the colour has a word next to it for those who cannot tell colours apart. */
const tones = [
  { under: 2 * 60, word: "new", className: styles.ageNew },
  { under: 5 * 60, word: "waiting", className: styles.ageWaiting },
  { under: Infinity, word: "late", className: styles.ageLate },
] as const;

function formatAge(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return minutes > 0 ? `${minutes} min ${seconds % 60} s` : `${seconds} s`;
}

export function OrderAge({ since }: { since: Date }) {
  const now = useNow();
  if (now === null) return <span className={styles.age}>…</span>;
  const seconds = Math.max(0, Math.floor((now - since.getTime()) / 1000));
  const tone = tones.find((candidate) => seconds < candidate.under)!;
  return (
    <span className={`${styles.age} ${tone.className}`}>
      {formatAge(seconds)} <span className={styles.ageWord}>{tone.word}</span>
    </span>
  );
}
