/**
 * The maths of dragging a row to a new place, shared by the menu editor (where a drop lands) and the config service
 * (the order it stores). Browser-safe: no imports.
 */

/** The list with the row at `from` taken out and put back at `to` (an index into the result); the same rows. */
export function movedTo<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || from >= list.length) return [...list];
  const next = [...list];
  const [row] = next.splice(from, 1);
  next.splice(Math.max(0, Math.min(to, next.length)), 0, row!);
  return next;
}

/**
 * Where a row dragged from `from` lands when the pointer is at `y`, given the vertical middles of every row as they
 * were when the drag began (in the same coordinates as `y`): after each other row whose middle the pointer has
 * passed. Rows are in order, so the middles are too.
 */
export function dropIndex(middles: readonly number[], from: number, y: number): number {
  return middles.filter((middle, index) => index !== from && middle < y).length;
}

/** Whether two lists hold the same ids in the same order: a drop made on an older order than the server's is stale. */
export function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
