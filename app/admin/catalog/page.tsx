import type { Metadata } from "next";
import Link from "next/link";
import { catalogAsJsonSchema } from "@/server/events/json-schema";
import { OrganiserPage } from "../organiser-page";
import { catalogAnchor } from "./catalog-anchor";
import styles from "./catalog.module.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Event catalog" };

/**
 * The event catalog as people read it: each event's version, the service that sends it, those that react to it,
 * what it means and its data's JSON Schema (the same export as `npm run events:schema` and /api/events/catalog).
 */
export default function CatalogPage() {
  return (
    <OrganiserPage path="/admin/catalog" title="Event catalog">
      {async () => {
        const { events } = catalogAsJsonSchema();
        return (
          <>
            <p className="row">
              <Link href="/admin">All events</Link>
              <Link href="/admin/journal">Event journal</Link>
              <a href="/api/events/catalog">The whole catalog as JSON Schema</a>
            </p>
            <p className="hint">
              Every event a service sends, with its version: services talk only through these, so this is their contract.
            </p>
            {events.map((event) => (
              <section key={event.name} id={catalogAnchor(event.name)} aria-labelledby={`${catalogAnchor(event.name)}-name`} className={`card ${styles.entry}`}>
                <h2 id={`${catalogAnchor(event.name)}-name`}>{event.name}</h2>
                <p>{event.description}</p>
                <dl className={styles.facts}>
                  <dt>Version</dt>
                  <dd>{event.version}</dd>
                  <dt>Producer</dt>
                  <dd>{event.producer}</dd>
                  <dt>Consumers</dt>
                  <dd>{event.consumers.join(", ")}</dd>
                </dl>
                <details>
                  <summary>JSON Schema of its data</summary>
                  <pre className={styles.schema}>{JSON.stringify(event.data, null, 2)}</pre>
                </details>
              </section>
            ))}
          </>
        );
      }}
    </OrganiserPage>
  );
}
