"use client";
import { useRef, useState, type PointerEvent } from "react";
import { dropIndex, movedTo } from "@/server/shared/list-order";

type Drag = { from: number; to: number; pointerId: number; middles: number[] };

/**
 * Drag a row of a list to a new place by a handle, with a mouse, a pen or a finger (pointer events: one code path
 * for all three; the handle's `touch-action: none` keeps a finger's drag from scrolling the page). While dragging,
 * `arranged` shows the list as it would be after the drop; letting go calls `onDrop(from, to)` once, and only when
 * the row moved. Keyboard users keep the Up and Down buttons beside the handle.
 */
export function useDragToReorder(onDrop: (from: number, to: number) => void) {
  const drag = useRef<Drag | null>(null);
  const rows = useRef<(HTMLElement | null)[]>([]);
  const [shown, setShown] = useState<{ from: number; to: number } | null>(null);

  const end = (event: PointerEvent<HTMLElement>, drop: boolean) => {
    const current = drag.current;
    if (!current || current.pointerId !== event.pointerId) return;
    drag.current = null;
    setShown(null);
    if (drop && current.to !== current.from) onDrop(current.from, current.to);
  };

  return {
    /** Where the dragged row is now, if one is being dragged. */
    dragging: shown,
    /** The rows in the order a drop now would leave them. */
    arranged: <T>(list: readonly T[]): T[] => (shown ? movedTo(list, shown.from, shown.to) : [...list]),
    /** Put on each row's element, by its index in the list as it is (not as arranged). */
    rowRef: (index: number) => (element: HTMLElement | null) => {
      rows.current[index] = element;
    },
    /** Put on each row's drag handle. */
    handleProps: (index: number) => ({
      onPointerDown(event: PointerEvent<HTMLElement>) {
        if (event.button !== 0 || drag.current) return;
        event.preventDefault();
        event.currentTarget.setPointerCapture(event.pointerId);
        // Where the rows are when the drag begins, in page coordinates, so scrolling meanwhile does not skew them.
        const middles = rows.current.map((row) => {
          const box = row?.getBoundingClientRect();
          return box ? box.top + window.scrollY + box.height / 2 : Number.POSITIVE_INFINITY;
        });
        drag.current = { from: index, to: index, pointerId: event.pointerId, middles };
        setShown({ from: index, to: index });
      },
      onPointerMove(event: PointerEvent<HTMLElement>) {
        const current = drag.current;
        if (!current || current.pointerId !== event.pointerId) return;
        const to = dropIndex(current.middles, current.from, event.pageY);
        if (to !== current.to) {
          current.to = to;
          setShown({ from: current.from, to });
        }
      },
      onPointerUp: (event: PointerEvent<HTMLElement>) => end(event, true),
      onPointerCancel: (event: PointerEvent<HTMLElement>) => end(event, false),
    }),
  };
}
