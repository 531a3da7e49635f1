"use client";
import { useSyncExternalStore } from "react";

/**
 * Settings that belong to one device, not to an account: whether this board beeps, which station this tablet
 * serves, which label roll its printer takes. Kept in localStorage so they survive a reload, shared live by every
 * component (and every tab) that reads them, and kept in memory where the browser refuses storage (some private
 * modes), so a switch still works for this visit.
 */

const listeners = new Set<() => void>();
const remembered = new Map<string, string>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key) ?? remembered.get(key) ?? null;
  } catch {
    return remembered.get(key) ?? null;
  }
}

/** A setting with a fixed set of values: a stored value outside the set (an older build's) reads as the fallback. */
export function useDeviceSetting<const Value extends string>(key: string, values: readonly Value[], fallback: Value): Value {
  const stored = useSyncExternalStore(subscribe, () => read(key), () => null);
  return values.find((value) => value === stored) ?? fallback;
}

export function setDeviceSetting(key: string, value: string) {
  remembered.set(key, value);
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Nothing to do: the in-memory value above still applies.
  }
  listeners.forEach((listener) => listener());
}
