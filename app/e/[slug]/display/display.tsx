"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useSyncExternalStore, type CSSProperties } from "react";
import { eventPaths } from "@/server/shared/event-paths";
import { channels } from "@/server/realtime/channels";
import { EventClock } from "../../../event-clock";
import { ConnectionBadge } from "../../../realtime/connection-badge";
import { useChannel } from "../../../realtime/realtime-provider";
import { useTRPC } from "../../../trpc-client";
import { useStaffCheckIn } from "../use-staff-check-in";
import { useNow } from "../../../use-now";
import { useWakeLock } from "../../../use-wake-lock";
import { applyDisplayPush } from "./apply-display-push";
import styles from "./display.module.css";
import type { DisplayState } from "./display-types";
import { chooseOrderAddress } from "./order-address";
import { OrderLists } from "./order-lists";
import { QrPanel } from "./qr-panel";
import { SoundControl, useReadyChime } from "./ready-chime";
import { ScreenNotices } from "./screen-notices";

const noSubscription = () => () => undefined;

/** This page's address in the browser; null on the server, which cannot know where the screen opened it. */
function usePageUrl(): string | null {
  return useSyncExternalStore(noSubscription, () => window.location.href, () => null);
}

/**
 * The booth screen, made for a TV that nobody scrolls: the code to scan (or why there is none), the Preparing
 * list, and the larger Ready list, which highlights and chimes for each drink that turns ready. `zone` names the
 * event's time zone for the clock in the header.
 */
export function Display({ slug, initialState, zone }: { slug: string; initialState: DisplayState; zone: string }) {
  const trpc = useTRPC();
  const t = useTranslations("Display");
  const queryClient = useQueryClient();
  const stateQuery = useQuery(trpc.display.state.queryOptions({ slug }, { initialData: initialState }));
  const state = stateQuery.data;
  useStaffCheckIn(slug, "DISPLAY");
  // Countdowns follow the server's clock, not this screen's: the offset is measured when each answer arrives.
  const offset = state.serverTime.getTime() - stateQuery.dataUpdatedAt;
  const localNow = useNow();
  // Before the clock starts (server render, hydration) the server's own time keeps both renders the same.
  const now = localNow === null ? state.serverTime.getTime() : localNow + offset;

  const reread = useCallback(
    () => queryClient.invalidateQueries({ queryKey: trpc.display.state.queryKey({ slug }) }),
    [queryClient, trpc, slug],
  );
  // A pushed change is applied to what the screen shows, with no round trip; one it cannot apply is a cue to
  // re-read, and so is every (re)connect, so a message lost in a gap changes nothing.
  const stateKey = trpc.display.state.queryKey({ slug });
  useChannel(
    channels.display(state.event.id),
    (message) => {
      const current = queryClient.getQueryData(stateKey);
      const next = current && applyDisplayPush(current, message, Date.now() + offset);
      if (!next) void reread();
      else if (next !== current) queryClient.setQueryData(stateKey, next);
    },
    () => void reread(),
  );

  // When the window ends, the next one has a new code: ask for it. Re-armed on every answer, so an answer that still
  // carries the old window (this screen's clock ran ahead) asks again a moment later.
  const endsAt = state.window?.endsAt.getTime();
  const { dataUpdatedAt } = stateQuery;
  useEffect(() => {
    if (endsAt === undefined) return;
    const wait = Math.max(1000, endsAt - (Date.now() + offset) + 500);
    const timer = setTimeout(() => void reread(), wait);
    return () => clearTimeout(timer);
  }, [endsAt, offset, dataUpdatedAt, reread]);

  const ready = state.orders.ready.filter((order) => order.leavesAt.getTime() > now);
  useReadyChime(ready, now);
  const wakeLock = useWakeLock();
  const pageUrl = usePageUrl();
  const address = pageUrl === null ? null : chooseOrderAddress({ ...state.orderAddress, pageUrl });

  return (
    <main className={styles.screen} style={{ "--accent": state.event.brandColor } as CSSProperties}>
      <header className={styles.header}>
        <div className={styles.brand}>
          {state.event.logoDigest && (
            // eslint-disable-next-line @next/next/no-img-element -- the booth's own small logo; alt is empty because the name beside it says it
            <img className={styles.logo} src={eventPaths(slug).logo(state.event.logoDigest)} alt="" />
          )}
          <h1 className={styles.title}>{state.event.name}</h1>
        </div>
        <div className={styles.status}>
          <EventClock zone={zone} className={styles.clock} />
          {stateQuery.isError && <span className={styles.stale}>{t("stale")}</span>}
          <SoundControl />
          <ConnectionBadge />
        </div>
      </header>
      <div className={styles.layout}>
        <QrPanel slug={slug} storeOpen={state.event.storeOpen} codeWindow={state.window} now={now} orderBase={address?.base ?? null} />
        <OrderLists preparing={state.orders.preparing} ready={ready} now={now} />
      </div>
      <ScreenNotices openInstead={address?.openInstead ?? null} wakeLock={wakeLock} />
    </main>
  );
}
