"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useState, type ReactNode } from "react";
import { channels } from "@/server/realtime/channels";
import { ConnectionBadge } from "../../../realtime/connection-badge";
import { useChannel } from "../../../realtime/realtime-provider";
import { useTRPC } from "../../../trpc-client";
import styles from "./board.module.css";
import type { BoardData, BoardOrder } from "./board-types";
import { OrderCard } from "./order-card";
import { StoreSwitch } from "./store-switch";
import { useNow } from "../../../use-now";
import { playNewOrderBeep, setSoundSwitch, unlockSound, useSoundSwitch } from "../../../chime";

const newOrderSound = "presso:sound-on-new-orders";

/** The live orders of one event in three columns (new, making, ready), and the store switch. */
export function Board({ slug, initialBoard, canReleaseAny }: { slug: string; initialBoard: BoardData; canReleaseAny: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const boardQuery = useQuery(trpc.board.orders.queryOptions({ slug }, { initialData: initialBoard }));
  const board = boardQuery.data;
  const [problem, setProblem] = useState<string | null>(null);
  const soundOn = useSoundSwitch(newOrderSound);
  const now = useNow();

  const reread = () => queryClient.invalidateQueries({ queryKey: trpc.board.orders.queryKey({ slug }) });
  // Every message is a cue to re-read, and so is every (re)connect: a message lost in a gap changes nothing.
  useChannel(
    channels.board(board.event.id),
    (message) => {
      if (message.name === "order.queued" && soundOn) playNewOrderBeep();
      void reread();
    },
    () => void reread(),
  );

  useEffect(() => {
    window.addEventListener("pointerdown", unlockSound, { once: true });
    window.addEventListener("keydown", unlockSound, { once: true });
    return () => {
      window.removeEventListener("pointerdown", unlockSound);
      window.removeEventListener("keydown", unlockSound);
    };
  }, []);

  const queued = board.orders.filter((order) => order.status === "QUEUED");
  const making = board.orders.filter((order) => order.status === "MAKING");
  const mineFirst = [...making.filter((order) => order.mine), ...making.filter((order) => !order.mine)];
  // The server leaves ready orders out after the event's display time; drop them here too, without waiting for a re-read.
  const ready = board.orders.filter(
    (order) => order.status === "READY" && (now === null || order.completedAt === null || order.completedAt.getTime() + board.event.readyDisplaySeconds * 1000 > now),
  );

  const card = (order: BoardOrder) => (
    <OrderCard key={order.id} slug={slug} order={order} canReleaseAny={canReleaseAny} report={setProblem} />
  );

  return (
    <div className={styles.board}>
      <div className={styles.header}>
        <StoreSwitch slug={slug} open={board.event.storeOpen} report={setProblem} />
        {board.event.storeOpen && board.window && (
          <span className={styles.drinksLeft}>
            {board.window.drinksLeft} of {board.window.drinksTotal} drinks left in this code
          </span>
        )}
        <ConnectionBadge />
        <label className={styles.checkbox}>
          <input
            type="checkbox"
            checked={soundOn}
            onChange={(event) => {
              setSoundSwitch(newOrderSound, event.target.checked);
              if (event.target.checked) playNewOrderBeep();
            }}
          />
          Sound on new orders
        </label>
      </div>

      <div role="alert">
        {problem && (
          <p className={`error ${styles.problem}`}>
            <span>{problem}</span>
            <button type="button" className="small secondary" onClick={() => setProblem(null)}>
              Dismiss
            </button>
          </p>
        )}
      </div>

      <div className={styles.columns}>
        <Column title="New" empty="No new orders." orders={queued} card={card} />
        <Column title="Making" empty="Nothing being made." orders={mineFirst} card={card} />
        <Column title="Ready" empty="Nothing waiting for pick-up." orders={ready} card={card} />
      </div>
    </div>
  );
}

function Column({
  title,
  empty,
  orders,
  card,
}: {
  title: string;
  empty: string;
  orders: BoardOrder[];
  card: (order: BoardOrder) => ReactNode;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.column}>
      <div className={styles.columnHeading}>
        <h2 id={headingId}>{title}</h2>
        <span className="badge">{orders.length}</span>
      </div>
      {orders.length === 0 ? <p className="hint">{empty}</p> : <div className={styles.cards}>{orders.map(card)}</div>}
    </section>
  );
}
