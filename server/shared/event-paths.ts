/**
 * The addresses of one conference event's screens, in one place: the pages, the links to them, the board's
 * manifest and its scope, and the link in the booth's QR code all agree. Slugs are checked on the way in
 * (event-slug.ts); they are still encoded here, so an address is never built from anything else unescaped.
 */
export function eventPaths(slug: string) {
  const base = `/e/${encodeURIComponent(slug)}`;
  return {
    /** Every screen of the event lies under it: an installed board's scope. */
    scope: `${base}/`,
    board: `${base}/barista`,
    boardManifest: `${base}/barista/manifest.webmanifest`,
    display: `${base}/display`,
    /** Where the booth's code sends a phone; without a code, the page that asks for one. */
    order: (code?: string) => `${base}/order${code === undefined ? "" : `?code=${encodeURIComponent(code)}`}`,
    orderStatus: (orderId: string) => `${base}/orders/${encodeURIComponent(orderId)}`,
    /** The logo at one version (its digest): a new logo is a new address, so each may be cached for good. */
    logo: (digest: string) => `${base}/logo?v=${encodeURIComponent(digest.slice(0, 16))}`,
    /** The organiser's pages of the event (outside the event's scope): its console, menu, figures and exports. */
    console: `/admin/events/${encodeURIComponent(slug)}`,
    menuEditor: `/admin/events/${encodeURIComponent(slug)}/menu`,
    figures: `/admin/events/${encodeURIComponent(slug)}/figures`,
    figuresCsv: (file: "hourly" | "orders", day: string) => `/admin/events/${encodeURIComponent(slug)}/figures/${file}.csv?day=${encodeURIComponent(day)}`,
    /** A day of the event's journal as JSON lines, for the replay tool. */
    journalDay: (day: string) => `/admin/events/${encodeURIComponent(slug)}/journal.jsonl?day=${encodeURIComponent(day)}`,
  };
}
