"use client";
import { useEffect, type ReactNode } from "react";
import { setSoundSwitch, unlockSound, useSoundSwitch } from "./chime";

/**
 * A screen's sound switch (the board's new-order beep, the booth screen's ready chime): a checkbox remembered in
 * this browser, which plays its sound once when turned on so the person hears what they chose.
 */
export function SoundSwitch({ storageKey, sample, className, children }: { storageKey: string; sample: () => void; className?: string; children: ReactNode }) {
  const on = useSoundSwitch(storageKey);
  return (
    <label className={className}>
      <input
        type="checkbox"
        checked={on}
        onChange={(event) => {
          setSoundSwitch(storageKey, event.target.checked);
          if (event.target.checked) sample();
        }}
      />
      {children}
    </label>
  );
}

/** Browsers hold sound back until a gesture: the first tap or key anywhere on the screen lets later sounds play. */
export function useUnlockSoundOnFirstGesture() {
  useEffect(() => {
    window.addEventListener("pointerdown", unlockSound, { once: true });
    window.addEventListener("keydown", unlockSound, { once: true });
    return () => {
      window.removeEventListener("pointerdown", unlockSound);
      window.removeEventListener("keydown", unlockSound);
    };
  }, []);
}
