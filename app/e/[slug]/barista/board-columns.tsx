"use client";
import { useTranslations } from "next-intl";
import { useRef, type KeyboardEvent, type ReactNode } from "react";
import styles from "./board.module.css";
import type { BoardOrder } from "./board-types";
import { useWideScreen } from "./use-wide-screen";

/**
 * The board's three states. On a phone they are tabs (New, Making, Ready, each with its count) above one panel at a
 * time; on a tablet or wider, three columns side by side, each a region named by its heading. Arrow keys, Home and
 * End move between the tabs, as in any tab list.
 */

/** `key` names the state; `title` and `empty` are its words in the board's language. */
export type BoardColumn = { key: "new" | "making" | "ready"; title: string; empty: string; orders: BoardOrder[] };

const ids = (base: string, index: number) => ({ tab: `${base}-tab-${index}`, panel: `${base}-panel-${index}` });

export function BoardTabs({
  base,
  columns,
  selected,
  select,
}: {
  base: string;
  columns: BoardColumn[];
  selected: number;
  select: (index: number) => void;
}) {
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const t = useTranslations("Board");
  const move = (event: KeyboardEvent, index: number) => {
    const last = columns.length - 1;
    const next = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    select(next);
    tabs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={t("tabs")} className={styles.tabs}>
      {columns.map((column, index) => (
        <button
          key={column.key}
          ref={(element) => {
            tabs.current[index] = element;
          }}
          type="button"
          role="tab"
          id={ids(base, index).tab}
          aria-selected={index === selected}
          aria-controls={ids(base, index).panel}
          tabIndex={index === selected ? 0 : -1}
          className={styles.tab}
          onClick={() => select(index)}
          onKeyDown={(event) => move(event, index)}
        >
          {column.title} <span className={styles.count}>{column.orders.length}</span>
        </button>
      ))}
    </div>
  );
}

export function BoardPanels({
  base,
  columns,
  selected,
  card,
}: {
  base: string;
  columns: BoardColumn[];
  selected: number;
  card: (order: BoardOrder) => ReactNode;
}) {
  const wide = useWideScreen();
  return (
    <div className={styles.columns}>
      {columns.map((column, index) => {
        const headingId = `${base}-heading-${index}`;
        return (
          <section
            key={column.key}
            id={ids(base, index).panel}
            // A tab panel only where there are tabs (focusable, so the keyboard reaches an empty one); wider, each
            // column is a region named by its heading.
            {...(wide ? { "aria-labelledby": headingId } : { role: "tabpanel", "aria-label": column.title, tabIndex: 0 })}
            data-selected={index === selected}
            className={styles.panel}
          >
            <div className={styles.columnHeading}>
              <h2 id={headingId}>{column.title}</h2>
              <span className="badge">{column.orders.length}</span>
            </div>
            {column.orders.length === 0 ? <p className="hint">{column.empty}</p> : <div className={styles.cards}>{column.orders.map(card)}</div>}
          </section>
        );
      })}
    </div>
  );
}
