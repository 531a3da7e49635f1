"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { useNow } from "../../../use-now";

/** A time left as a clock ("4:32") under an hour, or hours and minutes beyond (the daily limit resets at midnight). */
export type Duration = { clock: string } | { hours: number; minutes: number };

export function durationOf(totalSeconds: number): Duration {
  const seconds = Math.max(0, Math.ceil(totalSeconds));
  if (seconds >= 3600) return { hours: Math.floor(seconds / 3600), minutes: Math.floor((seconds % 3600) / 60) };
  const minutes = Math.floor(seconds / 60);
  return { clock: `${minutes}:${String(seconds % 60).padStart(2, "0")}` };
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
  const t = useTranslations("Duration");
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
  const say = (duration: Duration) =>
    "clock" in duration ? duration.clock : duration.minutes > 0 ? t("hoursMinutes", duration) : t("hours", { hours: duration.hours });
  return (
    <p role="timer" className={className}>
      {secondsLeft === null ? running("…") : isOver ? ended : running(say(durationOf(secondsLeft)))}
    </p>
  );
}
