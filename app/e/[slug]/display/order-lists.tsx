"use client";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type CSSProperties, type RefObject } from "react";
import styles from "./display.module.css";
import type { DisplayState } from "./display-types";
import { entryShapes, fitList, type ListFit } from "./fit-list";

type Entry = { orderNumber: number; firstName: string; drink: string };
type ReadyEntry = DisplayState["orders"]["ready"][number];

/** A drink this fresh from the barista is highlighted on the Ready list, so the eye finds it. */
export const freshReadyMs = 12_000;

/** Type sizes in hundredths of the screen's smaller side: read from 3 m on a booth TV, whatever its resolution. */
const typeSizes = {
  preparing: { min: 2.4, max: 4.6 },
  ready: { min: 3, max: 7.5 },
};

/**
 * The two lists attendees look for: their number being prepared, then, larger, ready to collect. Ready is fitted
 * first, and Preparing's type is never larger than Ready's, so Ready dominates however full either list is.
 */
export function OrderLists({ preparing, ready, now }: { preparing: DisplayState["orders"]["preparing"]; ready: ReadyEntry[]; now: number }) {
  const t = useTranslations("Display");
  const preparingBox = useRef<HTMLDivElement>(null);
  const readyBox = useRef<HTMLDivElement>(null);
  const preparingSize = useBoxSize(preparingBox);
  const readySize = useBoxSize(readyBox);
  const readyFit = readySize && fitList({ ...readySize, count: ready.length, ...fontRange(typeSizes.ready, readySize.vmin), shape: entryShapes.ready });
  const preparingRange = preparingSize && fontRange(typeSizes.preparing, preparingSize.vmin);
  const preparingFit =
    preparingSize &&
    preparingRange &&
    fitList({
      ...preparingSize,
      count: preparing.length,
      minFont: preparingRange.minFont,
      // An empty Ready list takes its largest type, so this holds Preparing only as large as Ready could be.
      maxFont: Math.max(preparingRange.minFont, Math.min(preparingRange.maxFont, readyFit?.font ?? preparingRange.maxFont)),
      shape: entryShapes.preparing,
    });
  return (
    <div className={styles.lists}>
      <OrderList kind="preparing" title={t("preparing")} empty={t("noPreparing")} entries={preparing} box={preparingBox} fit={preparingFit} />
      <OrderList
        kind="ready"
        title={t("ready")}
        empty={t("noReady")}
        entries={ready}
        box={readyBox}
        fit={readyFit}
        isFresh={(entry) => now - (entry as ReadyEntry).readyAt.getTime() < freshReadyMs}
      />
    </div>
  );
}

const fontRange = (sizes: { min: number; max: number }, vmin: number) => ({ minFont: sizes.min * vmin, maxFont: sizes.max * vmin });

function OrderList({
  kind,
  title,
  empty,
  entries,
  box,
  fit,
  isFresh = () => false,
}: {
  kind: "preparing" | "ready";
  title: string;
  empty: string;
  entries: Entry[];
  box: RefObject<HTMLDivElement | null>;
  fit: ListFit | null;
  isFresh?: (entry: Entry) => boolean;
}) {
  const t = useTranslations("Display");
  const headingId = useId();
  const shown = fit ? entries.slice(0, fit.shown) : entries;
  const more = fit?.more ?? 0;
  return (
    <section aria-labelledby={headingId} className={`${styles.list} ${styles[kind]}`}>
      <h2 id={headingId} className={styles.listTitle}>
        {title}
      </h2>
      <div ref={box} className={styles.listBox}>
        {entries.length === 0 ? (
          <p className={styles.empty}>{empty}</p>
        ) : (
          <ul className={styles.entries} style={fit ? gridStyle(fit) : undefined}>
            {shown.map((entry) => (
              <li key={entry.orderNumber} className={`${styles.entry} ${isFresh(entry) ? styles.fresh : ""}`}>
                <span className={styles.entryNumber}>#{entry.orderNumber}</span>
                <span className={styles.entryName}>{entry.firstName}</span>
                {kind === "ready" && <span className={styles.entryDrink}>{entry.drink}</span>}
              </li>
            ))}
            {more > 0 && (
              <li className={styles.more} aria-label={t("moreLabel", { count: more })}>
                {t("more", { count: more })}
              </li>
            )}
          </ul>
        )}
      </div>
    </section>
  );
}

function gridStyle(fit: ListFit): CSSProperties {
  return {
    fontSize: `${fit.font}px`,
    gridAutoFlow: "column",
    gridTemplateRows: `repeat(${fit.rows}, ${fit.rowHeight}px)`,
    gridTemplateColumns: `repeat(${fit.columns}, minmax(0, 1fr))`,
    rowGap: `${fit.rowGap}px`,
    columnGap: `${fit.columnGap}px`,
  };
}

/**
 * A list's box, measured in the browser and again whenever it changes size, with the screen's vmin in pixels.
 * Null until then: the server and the first render show every entry, clipped by the box, never scrolling.
 */
function useBoxSize(box: RefObject<HTMLElement | null>): { width: number; height: number; vmin: number } | null {
  const [size, setSize] = useState<{ width: number; height: number; vmin: number } | null>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const vmin = Math.min(window.innerWidth, window.innerHeight) / 100;
      setSize({ width: entry.contentRect.width, height: entry.contentRect.height, vmin });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [box]);
  return size;
}
