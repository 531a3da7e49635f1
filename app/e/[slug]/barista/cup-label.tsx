"use client";
import { useEffect } from "react";
import { createPortal } from "react-dom";
import { useDeviceSetting } from "../../../device-setting";
import type { BoardOrder } from "./board-types";
import styles from "./cup-label.module.css";

/**
 * A label for the cup, printed through the browser's print dialog when a barista starts making a drink, on the
 * label roll this device's printer takes: 58 mm × 40 mm or 80 mm × 50 mm, the common thermal cup-label sizes. Off
 * unless the device turns it on: most booths write names on cups. While printing, the page shows only the label.
 */

export const labelRolls = ["OFF", "58", "80"] as const;
export type LabelRoll = (typeof labelRolls)[number];
export const labelRollKey = "presso:label-roll";
export const labelRollNames: Record<LabelRoll, string> = { OFF: "Off", "58": "58 mm roll", "80": "80 mm roll" };
const labelHeightMm: Record<Exclude<LabelRoll, "OFF">, number> = { "58": 40, "80": 50 };

export function useLabelRoll(): LabelRoll {
  return useDeviceSetting(labelRollKey, labelRolls, "OFF");
}

export type CupLabelJob = { order: BoardOrder; roll: Exclude<LabelRoll, "OFF">; requestedAt: number };

/** Renders the label outside the app's tree and opens the print dialog once per job; `done` runs after printing. */
export function CupLabel({ job, done }: { job: CupLabelJob; done: () => void }) {
  useEffect(() => {
    window.addEventListener("afterprint", done, { once: true });
    window.print();
    return () => window.removeEventListener("afterprint", done);
  }, [job, done]);

  const { order, roll } = job;
  const page = `@page { size: ${roll}mm ${labelHeightMm[roll]}mm; margin: 0; }`;
  return createPortal(
    <>
      <style>{page}</style>
      <div className={styles.sheet} data-roll={roll} aria-hidden="true">
        <p className={styles.number}>#{order.orderNumber}</p>
        <p className={styles.name}>{order.attendeeName}</p>
        <p className={styles.drink}>{order.drink.name}</p>
        {order.drink.options.length > 0 && <p className={styles.options}>{order.drink.options.map((option) => option.choice).join(" · ")}</p>}
      </div>
    </>,
    document.body,
  );
}
