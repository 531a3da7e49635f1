import { entryFields } from "./entry-fields";
import styles from "./journal.module.css";

/** An entry's data: its fields as a small list, the full JSON behind a disclosure. */
export function EntryData({ data }: { data: unknown }) {
  return (
    <>
      <dl className={styles.fields}>
        {entryFields(data).map(([key, value]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <details>
        <summary>Full JSON</summary>
        <pre className={styles.json}>{JSON.stringify(data, null, 2)}</pre>
      </details>
    </>
  );
}
