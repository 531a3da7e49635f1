/**
 * How a list of orders fills its box on the booth screen without ever scrolling: the largest type (between the
 * list's smallest and largest) at which every entry fits, in as many columns as the width allows, filled top to
 * bottom then left to right. When even the smallest type cannot hold them all, the oldest show and the last place
 * says how many more there are ("+3 more"). Pure, so the rule is tested without a browser.
 */

/** An entry's shape in units of its type size (display.module.css draws entries to these). */
export type EntryShape = { rowHeight: number; rowGap: number; columnMinWidth: number; columnGap: number };

export const entryShapes = {
  /** Number and name on one line. */
  preparing: { rowHeight: 1.3, rowGap: 0.3, columnMinWidth: 8, columnGap: 1.2 },
  /** A number twice as large, beside the name with the drink under it. */
  ready: { rowHeight: 2.05, rowGap: 0.35, columnMinWidth: 10, columnGap: 1.2 },
} satisfies Record<string, EntryShape>;

export type ListFit = {
  /** The entries' type size, in pixels. */
  font: number;
  rows: number;
  columns: number;
  rowHeight: number;
  rowGap: number;
  columnGap: number;
  /** How many entries show (the oldest); the rest are counted in the "+k more" place. */
  shown: number;
  more: number;
};

export type ListBox = { width: number; height: number; count: number; minFont: number; maxFont: number; shape: EntryShape };

/** Entries that fit in `capacity` places: all of them, or the oldest and a last place counting the others. */
export function fitEntries(count: number, capacity: number): { shown: number; more: number } {
  if (count <= capacity) return { shown: count, more: 0 };
  const shown = Math.max(0, capacity - 1);
  return { shown, more: count - shown };
}

function gridAt(shape: EntryShape, font: number, width: number, height: number) {
  const rowHeight = shape.rowHeight * font;
  const rowGap = shape.rowGap * font;
  const columnGap = shape.columnGap * font;
  const rows = Math.max(1, Math.floor((height + rowGap) / (rowHeight + rowGap)));
  const columns = Math.max(1, Math.floor((width + columnGap) / (shape.columnMinWidth * font + columnGap)));
  return { rows, columns, rowHeight, rowGap, columnGap };
}

export function fitList({ width, height, count, minFont, maxFont, shape }: ListBox): ListFit {
  // Each step is 8% smaller: a handful of steps from the largest to the smallest type.
  let font = Math.max(minFont, maxFont);
  let grid = gridAt(shape, font, width, height);
  while (count > grid.rows * grid.columns && font > minFont) {
    font = Math.max(minFont, font * 0.92);
    grid = gridAt(shape, font, width, height);
  }
  const { shown, more } = fitEntries(count, grid.rows * grid.columns);
  const places = shown + (more > 0 ? 1 : 0);
  // Only the columns in use: three orders in one column get its whole width.
  const columns = Math.max(1, Math.min(grid.columns, Math.ceil(places / grid.rows)));
  return { font, rows: grid.rows, columns, rowHeight: grid.rowHeight, rowGap: grid.rowGap, columnGap: grid.columnGap, shown, more };
}
