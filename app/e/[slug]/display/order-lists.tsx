import { useId } from "react";
import styles from "./display.module.css";
import type { DisplayState } from "./display-types";

type Entry = { orderNumber: number; firstName: string; drink: string };

/** The two lists attendees look for: their number being prepared, then ready to collect. */
export function OrderLists({ preparing, ready }: { preparing: DisplayState["orders"]["preparing"]; ready: DisplayState["orders"]["ready"] }) {
  return (
    <div className={styles.lists}>
      <OrderList title="Preparing" empty="No drinks in the making." entries={preparing} />
      <OrderList title="Ready" empty="No drinks waiting." entries={ready} highlight />
    </div>
  );
}

function OrderList({ title, empty, entries, highlight = false }: { title: string; empty: string; entries: Entry[]; highlight?: boolean }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={`${styles.list} ${highlight ? styles.readyList : ""}`}>
      <h2 id={headingId} className={styles.listTitle}>
        {title}
      </h2>
      {entries.length === 0 ? (
        <p className={styles.empty}>{empty}</p>
      ) : (
        <ul className={styles.entries}>
          {entries.map((entry) => (
            <li key={entry.orderNumber} className={styles.entry}>
              <span className={styles.entryNumber}>#{entry.orderNumber}</span>
              <span className={styles.entryName}>{entry.firstName}</span>
              <span className={styles.entryDrink}>{entry.drink}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
