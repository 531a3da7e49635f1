import Link from "next/link";
import { catalog } from "@/server/events/catalog";
import styles from "./journal.module.css";

export type JournalSearch = { slug?: string; order?: string; name?: string; from?: string; to?: string };

/**
 * The journal browser's filters: a plain GET form, so a filtered view is a link one can share or bookmark, and
 * it works before any script loads. Times are typed in the chosen event's zone.
 */
export function JournalFilters({ search, events }: { search: JournalSearch; events: { slug: string; name: string }[] }) {
  return (
    <form method="get" action="/admin/journal" aria-label="Filter the journal" className={styles.filters}>
      <div className={styles.field}>
        <label htmlFor="journal-event">Event</label>
        <select id="journal-event" name="slug" defaultValue={search.slug ?? ""}>
          <option value="">Every event</option>
          {events.map((event) => (
            <option key={event.slug} value={event.slug}>
              {event.name}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor="journal-order">Order (number or id)</label>
        <input id="journal-order" name="order" defaultValue={search.order ?? ""} inputMode="text" autoComplete="off" maxLength={64} />
      </div>
      <div className={styles.field}>
        <label htmlFor="journal-type">Event type</label>
        <select id="journal-type" name="name" defaultValue={search.name ?? ""}>
          <option value="">Every type</option>
          {catalog.map((definition) => (
            <option key={definition.name} value={definition.name}>
              {definition.name}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor="journal-from">From</label>
        <input id="journal-from" type="datetime-local" name="from" defaultValue={search.from ?? ""} />
      </div>
      <div className={styles.field}>
        <label htmlFor="journal-to">Until</label>
        <input id="journal-to" type="datetime-local" name="to" defaultValue={search.to ?? ""} />
      </div>
      <div className="row">
        <button type="submit">Show entries</button>
        <Link href="/admin/journal">Clear filters</Link>
      </div>
    </form>
  );
}
