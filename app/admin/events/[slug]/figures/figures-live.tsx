"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { channels } from "@/server/realtime/channels";
import { useChannel } from "../../../../realtime/realtime-provider";

/** At most one re-read in this long, however busy the booth: figures need not move with every tap. */
const refreshEveryMs = 5_000;

/** Keeps the figures page current: the board's channel hears every order move; the page is re-read on the server. */
export function FiguresLive({ eventId }: { eventId: string }) {
  const router = useRouter();
  const last = useRef(0);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(pending.current), []);
  const refresh = () => {
    if (pending.current) return;
    // A moment at least: the metrics service records the event a little after the board hears of it.
    const wait = Math.max(1_000, last.current + refreshEveryMs - Date.now());
    pending.current = setTimeout(() => {
      pending.current = undefined;
      last.current = Date.now();
      router.refresh();
    }, wait);
  };
  useChannel(channels.board(eventId), refresh, refresh);
  return null;
}
