"use client";
import { useEffect, useRef } from "react";
import { useNow } from "../../../use-now";

/** "4:32" under an hour, "5 hours 12 min" beyond (the daily limit resets at midnight). */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.ceil(totalSeconds));
  if (seconds >= 3600) {
    const hours = Math.floor(seconds / 3600);
    const minutes = Math.floor((seconds % 3600) / 60);
    const h = `${hours} ${hours === 1 ? "hour" : "hours"}`;
    return minutes > 0 ? `${h} ${minutes} min` : h;
  }
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, "0")}`;
}

type CountdownProps = {
  until: Date;
  /** The sentence while time runs, given the time left ("Time left to choose: 4:32"). */
  running: (timeLeft: string) => string;
  /** The sentence once time is up. */
  ended: string;
  /** Runs once when the time is up (or already up), e.g. to re-read the order. */
  onEnd?: () => void;
  className?: string;
};

export function Countdown({ until, running, ended, onEnd, className }: CountdownProps) {
  const current = useNow();
  const target = until.getTime();
  const secondsLeft = current === null ? null : (target - current) / 1000;
  const isOver = secondsLeft !== null && secondsLeft <= 0;
  const endedFor = useRef<number | null>(null);
  useEffect(() => {
    if (isOver && endedFor.current !== target) {
      endedFor.current = target;
      onEnd?.();
    }
  }, [isOver, target, onEnd]);
  return (
    <p role="timer" className={className}>
      {secondsLeft === null ? running("…") : isOver ? ended : running(formatDuration(secondsLeft))}
    </p>
  );
}
