import { eventPaths } from "@/server/shared/event-paths";

/** The console's search for an order by the number on its cup: a GET form, so the answer is a page of its own. */
export function OrderSearchForm({ slug, number }: { slug: string; number?: number }) {
  return (
    <form method="get" action={eventPaths(slug).orderSearch()} aria-label="Find an order">
      <label htmlFor="order-search-number">Order number</label>
      <input id="order-search-number" name="number" type="number" min={1} max={100000} required defaultValue={number} inputMode="numeric" />
      <button type="submit">Find its journey</button>
    </form>
  );
}
