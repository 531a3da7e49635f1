"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { playReadyChime, unlockSound, useSoundSwitch, useSoundUnlocked } from "../../../chime";
import { SoundSwitch, useUnlockSoundOnFirstGesture } from "../../../sound-switch";
import styles from "./display.module.css";
import type { DisplayState } from "./display-types";
import { freshReadyMs } from "./order-lists";

const readySound = "presso:sound-on-ready";

/**
 * Chimes once for each drink that has just turned ready (a recalled drink that turns ready again chimes again),
 * never for drinks that were already waiting when the screen opened.
 */
export function useReadyChime(ready: DisplayState["orders"]["ready"], now: number) {
  const soundOn = useSoundSwitch(readySound);
  const chimed = useRef(new Set<string>());
  useEffect(() => {
    const fresh = ready.filter((order) => now - order.readyAt.getTime() < freshReadyMs).map((order) => `${order.orderNumber}@${order.readyAt.getTime()}`);
    const arrived = fresh.filter((key) => !chimed.current.has(key));
    chimed.current = new Set(fresh);
    if (arrived.length > 0 && soundOn) playReadyChime();
  }, [ready, now, soundOn]);

  // Any tap or key on the screen unlocks sound, as the barista board does.
  useUnlockSoundOnFirstGesture();
}

/** The chime's switch, and while the browser still holds sound back, one plain button to let it play. */
export function SoundControl() {
  const soundOn = useSoundSwitch(readySound);
  const unlocked = useSoundUnlocked();
  const t = useTranslations("Display");
  return (
    <>
      {soundOn && !unlocked && (
        <button
          type="button"
          className={styles.tapForSound}
          onClick={() => {
            unlockSound();
            playReadyChime();
          }}
        >
          {t("tapForSound")}
        </button>
      )}
      <SoundSwitch storageKey={readySound} sample={playReadyChime} className={styles.soundSwitch}>
        {t("chimeOnReady")}
      </SoundSwitch>
    </>
  );
}
