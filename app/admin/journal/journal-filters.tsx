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
      <label>
        Event
        <select name="slug" defaultValue={search.slug ?? ""}>
          <option value="">Every event</option>
          {events.map((event) => (
            <option key={event.slug} value={event.slug}>
              {event.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Order (number or id)
        <input name="order" defaultValue={search.order ?? ""} inputMode="text" autoComplete="off" maxLength={64} />
      </label>
      <label>
        Event type
        <select name="name" defaultValue={search.name ?? ""}>
          <option value="">Every type</option>
          {catalog.map((definition) => (
            <option key={definition.name} value={definition.name}>
              {definition.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        From
        <input type="datetime-local" name="from" defaultValue={search.from ?? ""} />
      </label>
      <label>
        Until
        <input type="datetime-local" name="to" defaultValue={search.to ?? ""} />
      </label>
      <div className="row">
        <button type="submit">Show entries</button>
        <Link href="/admin/journal">Clear filters</Link>
      </div>
    </form>
  );
}
