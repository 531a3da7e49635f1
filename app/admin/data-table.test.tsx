import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DataTable, tableTime } from "./data-table";

type Row = { id: string; name: string; when: Date };
const rows: Row[] = [
  { id: "a", name: "Latte", when: new Date("2026-12-02T09:30:15.123Z") },
  { id: "b", name: "Mocha", when: new Date("2026-12-02T09:31:00.000Z") },
];
const columns = [
  { header: "Drink", cell: (row: Row) => row.name },
  { header: "When", cell: (row: Row) => tableTime(row.when, "Asia/Tokyo") },
];

describe("the organiser's table", () => {
  it("labels the table, heads each column for screen readers and shows one row per item in order", () => {
    const html = renderToStaticMarkup(<DataTable label="Orders" columns={columns} rows={rows} rowKey={(row) => row.id} />);
    expect(html).toContain('<table aria-label="Orders">');
    expect(html.match(/<th scope="col">/g)).toHaveLength(2);
    expect(html.indexOf("Latte")).toBeLessThan(html.indexOf("Mocha"));
    expect(html).toContain("<td>2 Dec 2026, 18:30:15 GMT+9</td>");
  });

  it("says so in a plain line when there is nothing to show", () => {
    const html = renderToStaticMarkup(<DataTable label="Orders" columns={columns} rows={[]} rowKey={(row) => row.id} empty="No orders yet." />);
    expect(html).toBe('<p class="hint">No orders yet.</p>');
  });

  it("prints times in the zone they belong to, named, to the second or to the millisecond where runs need it, and a dash for none", () => {
    expect(tableTime(rows[0]!.when, "Europe/Lisbon")).toBe("2 Dec 2026, 09:30:15 WET");
    expect(tableTime(new Date("2026-07-02T09:30:15Z"), "Europe/Lisbon")).toBe("2 Jul 2026, 10:30:15 WEST");
    expect(tableTime(rows[0]!.when, "UTC", "milliseconds")).toBe("2 Dec 2026, 09:30:15.123 UTC");
    expect(tableTime(null, "UTC")).toBe("—");
  });
});
