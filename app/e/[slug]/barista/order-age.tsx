"use client";
import styles from "./board.module.css";
import type { BoardOrder } from "./board-types";
import { useNow } from "../../../use-now";

/**
 * How long an order has been in its current state: queued for New, being made for Making, waiting on the counter
 * for Ready. A colour that warns always comes with its word, for those who cannot tell colours apart.
 */
type Tone = { from: number; word: string; className: string | undefined };

const tones: Partial<Record<BoardOrder["status"], readonly Tone[]>> = {
  QUEUED: [
    { from: 5 * 60, word: "late", className: styles.ageLate },
    { from: 2 * 60, word: "waiting", className: styles.ageWaiting },
  ],
  MAKING: [{ from: 5 * 60, word: "slow", className: styles.ageLate }],
  READY: [{ from: 3 * 60, word: "not collected", className: styles.ageWaiting }],
};

const stateStart = (order: BoardOrder): Date | null =>
  order.status === "QUEUED" ? order.queuedAt : order.status === "MAKING" ? order.claimedAt : order.status === "READY" ? order.completedAt : null;

function formatAge(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return minutes > 0 ? `${minutes} min ${seconds % 60} s` : `${seconds} s`;
}

export function OrderAge({ order }: { order: BoardOrder }) {
  const now = useNow();
  const since = stateStart(order);
  if (since === null) return null;
  if (now === null) return <span className={styles.age}>…</span>;
  const seconds = Math.max(0, Math.floor((now - since.getTime()) / 1000));
  const tone = (tones[order.status] ?? []).find((candidate) => seconds >= candidate.from);
  return (
    <span className={`${styles.age} ${tone?.className ?? ""}`}>
      {formatAge(seconds)}
      {tone && <span className={styles.ageWord}>{tone.word}</span>}
    </span>
  );
}
