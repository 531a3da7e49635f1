"use client";
import { useEffect } from "react";
import { createPortal } from "react-dom";
import { labelHeightMm, type CupLabelJob } from "./cup-label";
import styles from "./cup-label-print.module.css";

/**
 * The cup's label, rendered outside the app's tree, and the print dialog, opened once per job; `done` runs after
 * printing. While printing the page shows only the label (cup-label-print.module.css), on a page the size of the roll.
 */
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
