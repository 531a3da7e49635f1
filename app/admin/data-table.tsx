import type { ReactNode } from "react";

/** One column of an organiser's table: its heading and what each row shows under it. */
export type Column<Row> = { header: string; cell: (row: Row) => ReactNode; className?: string };

/**
 * The organiser's one table: a labelled table with column headings for screen readers, or a plain line when there
 * is nothing to show. Pure markup, so server pages and client components both use it.
 */
export function DataTable<Row>({
  label,
  columns,
  rows,
  rowKey,
  empty,
}: {
  label: string;
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  empty?: string;
}) {
  if (rows.length === 0 && empty) return <p className="hint">{empty}</p>;
  return (
    <table aria-label={label}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.header} scope="col">
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((column) => (
              <td key={column.header} className={column.className}>
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * A moment as the organiser's tables print it: in the zone it belongs to (an event's, or UTC where a row belongs to
 * no one zone), to the second or the millisecond for runs, always with the zone's name, so no time reads as local
 * when it is not. A dash for none.
 */
export function tableTime(date: Date | null | undefined, timeZone: string, precision: "seconds" | "milliseconds" = "seconds"): string {
  if (!date) return "—";
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    fractionalSecondDigits: precision === "milliseconds" ? 3 : undefined,
    hourCycle: "h23",
    timeZoneName: "short",
  }).format(date);
}
