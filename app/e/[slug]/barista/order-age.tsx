"use client";
import { useFormatter, useTranslations } from "next-intl";
import styles from "./board.module.css";
import type { BoardOrder } from "./board-types";
import { useNow } from "../../../use-now";

/**
 * How long an order has been in its current state: queued for New, being made for Making, waiting on the counter
 * for Ready. A colour that warns always comes with its word, for those who cannot tell colours apart.
 */
type Tone = { from: number; word: "late" | "waiting" | "slow" | "notCollected"; className: string | undefined };

const tones: Partial<Record<BoardOrder["status"], readonly Tone[]>> = {
  QUEUED: [
    { from: 5 * 60, word: "late", className: styles.ageLate },
    { from: 2 * 60, word: "waiting", className: styles.ageWaiting },
  ],
  MAKING: [{ from: 5 * 60, word: "slow", className: styles.ageLate }],
  READY: [{ from: 3 * 60, word: "notCollected", className: styles.ageWaiting }],
};

const stateStart = (order: BoardOrder): Date | null =>
  order.status === "QUEUED" ? order.queuedAt : order.status === "MAKING" ? order.claimedAt : order.status === "READY" ? order.completedAt : null;

export function OrderAge({ order }: { order: BoardOrder }) {
  const now = useNow();
  const format = useFormatter();
  const t = useTranslations("Board.age");
  const since = stateStart(order);
  if (since === null) return null;
  if (now === null) return <span className={styles.age}>…</span>;
  const seconds = Math.max(0, Math.floor((now - since.getTime()) / 1000));
  const tone = (tones[order.status] ?? []).find((candidate) => seconds >= candidate.from);
  // Intl's short units in the board's language: "2 min 5 s", "2 Min. 5 Sek.", "2 分 5 秒".
  const unit = (value: number, name: "minute" | "second") => format.number(value, { style: "unit", unit: name, unitDisplay: "short" });
  const minutes = Math.floor(seconds / 60);
  return (
    <span className={`${styles.age} ${tone?.className ?? ""}`}>
      {minutes > 0 ? `${unit(minutes, "minute")} ${unit(seconds % 60, "second")}` : unit(seconds, "second")}
      {tone && <span className={styles.ageWord}>{t(tone.word)}</span>}
    </span>
  );
}
