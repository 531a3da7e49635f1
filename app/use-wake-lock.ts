"use client";
import { useEffect, useState } from "react";
import { holdScreenAwake, type WakeLockState } from "./wake-lock";

/**
 * Keeps this screen from sleeping while the component is shown (the booth screen). "on" until the browser says
 * otherwise, so a screen that holds its lock never flashes a warning.
 */
export function useWakeLock(): WakeLockState {
  const [state, setState] = useState<WakeLockState>("on");
  useEffect(
    () =>
      holdScreenAwake({
        wakeLock: "wakeLock" in navigator ? navigator.wakeLock : undefined,
        document,
        onState: setState,
      }),
    [],
  );
  return state;
}
