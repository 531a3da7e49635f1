import type { PointerEvent } from "react";
import styles from "./menu-editor.module.css";

type HandleProps = Record<"onPointerDown" | "onPointerMove" | "onPointerUp" | "onPointerCancel", (event: PointerEvent<HTMLElement>) => void>;

/**
 * The grip a row is dragged by (useDragToReorder). Out of the tab order: it answers to a pointer only, and the
 * row's Up and Down buttons do its work by keyboard. Named for the row, so it can be found and is not a mystery.
 */
export function DragHandle({ label, handle, disabled }: { label: string; handle: HandleProps; disabled?: boolean }) {
  return (
    <button type="button" tabIndex={-1} className={styles.handle} aria-label={label} title="Drag to a new place" disabled={disabled} {...handle}>
      <span aria-hidden="true">⠿</span>
    </button>
  );
}
