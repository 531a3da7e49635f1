"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useCallback, useId, useState, type ReactNode } from "react";
import { channels } from "@/server/realtime/channels";
import { ConnectionBadge } from "../../../realtime/connection-badge";
import { useChannel } from "../../../realtime/realtime-provider";
import { applyBoardPush } from "./apply-board-push";
import { useTRPC } from "../../../trpc-client";
import { playNewOrderBeep, useSoundSwitch } from "../../../chime";
import { SoundSwitch, useUnlockSoundOnFirstGesture } from "../../../sound-switch";
import { useDeviceSetting } from "../../../device-setting";
import { useNow } from "../../../use-now";
import { useWakeLock } from "../../../use-wake-lock";
import { useStaffCheckIn } from "../use-staff-check-in";
import styles from "./board.module.css";
import { BoardPanels, BoardTabs, type BoardColumn } from "./board-columns";
import { useWideScreen } from "./use-wide-screen";
import type { BoardData, BoardMenu, BoardOrder } from "./board-types";
import { useNewOrderAnnouncement } from "./new-order-announcement";
import { useLabelRoll, type CupLabelJob } from "./cup-label";
import { CupLabel } from "./cup-label-print";
import { OrderCard } from "./order-card";
import { useCanSend } from "./send-now";
import { SettingSelect } from "./setting-select";
import { atStation, stationFilterKey, stationFilters, stationOfPushedOrder, stationsOnMenu, type StationFilter } from "./stations";
import { StoreSwitch } from "./store-switch";
import { unusualOptions } from "./usual-options";

/** Whether this browser beeps on each new order, remembered across reloads (app/chime.ts). */
const newOrderSound = "presso:sound-on-new-orders";

/**
 * The live orders of one event: a compact bar that stays on top (store switch, drinks left, connection, and on a
 * phone the New / Making / Ready tabs), then the orders by state.
 */
export function Board({
  slug,
  initialBoard,
  initialMenu,
  canReleaseAny,
}: {
  slug: string;
  initialBoard: BoardData;
  initialMenu: BoardMenu;
  canReleaseAny: boolean;
}) {
  const trpc = useTRPC();
  const t = useTranslations("Board");
  const sr = (chunks: ReactNode) => <span className={styles.srOnly}>{chunks}</span>;
  const queryClient = useQueryClient();
  const board = useQuery(trpc.board.orders.queryOptions({ slug }, { initialData: initialBoard })).data;
  // The same query as the menu below the board (one request): it says which options are the usual ones.
  const menu = useQuery(trpc.staff.event.queryOptions({ slug })).data?.menu ?? initialMenu;
  const [problem, setProblem] = useState<string | null>(null);
  const [selected, setSelected] = useState(0);
  const soundOn = useSoundSwitch(newOrderSound);
  const canSend = useCanSend();
  const wakeLock = useWakeLock();
  const now = useNow();
  const base = useId();
  const wide = useWideScreen();
  const stations = stationsOnMenu(menu);
  const stationFilter = useDeviceSetting(stationFilterKey, stationFilters, "ALL");
  // A filter left from a menu that had a cold bar shows everything once the menu has one station only.
  const showing: StationFilter = stations.length > 1 ? stationFilter : "ALL";
  const labelRoll = useLabelRoll();
  const [label, setLabel] = useState<CupLabelJob | null>(null);
  const labelPrinted = useCallback(() => setLabel(null), []);

  const boardKey = trpc.board.orders.queryKey({ slug });
  const reread = () => queryClient.invalidateQueries({ queryKey: boardKey });
  // A pushed change moves the cards at once (apply-board-push.ts); one the board cannot apply is a cue to re-read,
  // and so is every (re)connect, so a message lost in a gap changes nothing.
  useChannel(
    channels.board(board.event.id),
    (message) => {
      if (message.name === "order.queued" && soundOn && atStation(showing, stationOfPushedOrder(message.data))) playNewOrderBeep();
      const current = queryClient.getQueryData(boardKey);
      const next = current && applyBoardPush(current, message);
      if (!next) void reread();
      else if (next !== current) queryClient.setQueryData(boardKey, next);
    },
    () => void reread(),
  );

  useUnlockSoundOnFirstGesture();
  useStaffCheckIn(slug, "BOARD");

  const unusualOf = (order: BoardOrder) => unusualOptions(menu, order.drink);
  const orders = board.orders.filter((order) => atStation(showing, order.station));
  const elsewhere = board.orders.length - orders.length;
  const announcement = useNewOrderAnnouncement(orders, unusualOf);

  const making = orders.filter((order) => order.status === "MAKING");
  const columns: BoardColumn[] = [
    { key: "new", title: t("columns.new"), empty: t("empty.new"), orders: orders.filter((order) => order.status === "QUEUED") },
    {
      key: "making",
      title: t("columns.making"),
      empty: t("empty.making"),
      orders: [...making.filter((order) => order.mine), ...making.filter((order) => !order.mine)],
    },
    {
      key: "ready",
      title: t("columns.ready"),
      empty: t("empty.ready"),
      // The server leaves ready orders out after the event's display time; drop them here too, without waiting for a re-read.
      orders: orders.filter(
        (order) =>
          order.status === "READY" &&
          (now === null || order.completedAt === null || order.completedAt.getTime() + board.event.readyDisplaySeconds * 1000 > now),
      ),
    },
  ];

  // A drink the barista just took: on a phone the Making tab shows it next, and its cup label prints if this device has a roll.
  const claimed = (order: BoardOrder) => {
    if (!wide) setSelected(1);
    if (labelRoll !== "OFF") setLabel({ order, roll: labelRoll, requestedAt: Date.now() });
  };

  const card = (order: BoardOrder) => (
    <OrderCard
      key={order.id}
      slug={slug}
      order={order}
      unusual={unusualOf(order)}
      station={stations.length > 1 ? t(`stations.${order.station}`) : null}
      canReleaseAny={canReleaseAny}
      report={setProblem}
      onClaimed={claimed}
    />
  );

  return (
    <div className={styles.board}>
      <div className={styles.bar}>
        <div className={styles.status}>
          <StoreSwitch slug={slug} open={board.event.storeOpen} report={setProblem} />
          {board.event.storeOpen && board.window && (
            <span className={styles.drinksLeft}>{t.rich("drinksLeft", { left: board.window.drinksLeft, total: board.window.drinksTotal, sr })}</span>
          )}
          {stations.length > 1 && (
            <SettingSelect
              label={t("station")}
              storageKey={stationFilterKey}
              value={showing}
              values={stationFilters}
              names={{ ALL: t("allStations"), ESPRESSO_BAR: t("stations.ESPRESSO_BAR"), COLD_BAR: t("stations.COLD_BAR") }}
              className={styles.setting}
            />
          )}
          {elsewhere > 0 && (
            <span className={styles.note}>{t("elsewhere", { count: elsewhere })}</span>
          )}
          <ConnectionBadge />
          <SoundSwitch storageKey={newOrderSound} sample={playNewOrderBeep} className={styles.checkbox}>
            {t.rich("sound", { sr })}
          </SoundSwitch>
          {(wakeLock === "refused" || wakeLock === "unsupported") && (
            <span className={styles.note}>{wakeLock === "unsupported" ? t("wakeLockUnsupported") : t("wakeLockRefused")}</span>
          )}
        </div>
        {!canSend && (
          <p role="alert" className={styles.offline}>
            {t.rich("offlineBanner", { strong: (chunks) => <strong>{chunks}</strong> })}
          </p>
        )}
        <BoardTabs base={base} columns={columns} selected={selected} select={setSelected} />
      </div>

      <div role="alert">
        {problem && (
          <p className={`error ${styles.problem}`}>
            <span>{problem}</span>
            <button type="button" className="small secondary" onClick={() => setProblem(null)}>
              {t("dismiss")}
            </button>
          </p>
        )}
      </div>

      {/* Read out politely, after whatever the screen reader is saying: the new orders since the last change. */}
      <p role="status" aria-live="polite" aria-label={t("newOrders")} className={styles.srOnly}>
        {announcement}
      </p>

      <BoardPanels base={base} columns={columns} selected={selected} card={card} />
      {label && <CupLabel job={label} done={labelPrinted} />}
    </div>
  );
}
