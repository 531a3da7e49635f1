"use client";
import { useSyncExternalStore } from "react";
import { setDeviceSetting, useDeviceSetting } from "./device-setting";

/**
 * Short chimes drawn with Web Audio (no file to load), each behind a switch remembered in this browser: the
 * barista board's new-order beep and the booth screen's ready chime. Browsers keep audio silent until the person
 * has touched the page, so screens offer a tap and show whether sound is unlocked.
 */

const listeners = new Set<() => void>();

function notify() {
  listeners.forEach((listener) => listener());
}

/** A sound switch, on unless this browser turned it off. */
export function useSoundSwitch(key: string): boolean {
  return useDeviceSetting(key, ["on", "off"], "on") === "on";
}

export function setSoundSwitch(key: string, on: boolean) {
  setDeviceSetting(key, on ? "on" : "off");
}

let audio: AudioContext | undefined;

function audioContext(): AudioContext | undefined {
  if (audio) return audio;
  const Context = window.AudioContext ?? (window as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!Context) return undefined;
  audio = new Context();
  audio.addEventListener("statechange", notify);
  return audio;
}

/** Call from a tap or key press: the later chimes, which arrive without one, can then be heard. */
export function unlockSound() {
  void audioContext()
    ?.resume()
    .then(notify, () => undefined);
}

function subscribeAudio(listener: () => void) {
  listeners.add(listener);
  // Made here (in the browser, after hydration) so the screen can tell whether the browser already lets it play.
  audioContext();
  return () => void listeners.delete(listener);
}

/** Whether chimes can be heard now; false until a tap unlocks audio, or where the browser has no Web Audio. */
export function useSoundUnlocked(): boolean {
  return useSyncExternalStore(subscribeAudio, () => audio?.state === "running", () => false);
}

/** Plays tones one after another: [frequency in Hz, start in seconds from now, length in seconds]. */
function playTones(tones: [number, number, number][], volume: number) {
  const context = audioContext();
  if (!context) return;
  void context.resume().catch(() => undefined);
  const start = context.currentTime;
  for (const [frequency, offset, length] of tones) {
    const at = start + offset;
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = "sine";
    oscillator.frequency.setValueAtTime(frequency, at);
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(volume, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + length);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(at);
    oscillator.stop(at + length + 0.01);
  }
}

/** Two short rising tones, loud enough for a noisy booth, short enough not to annoy (the barista board). */
export function playNewOrderBeep() {
  playTones(
    [
      [880, 0, 0.15],
      [1320, 0.18, 0.15],
    ],
    0.35,
  );
}

/** A falling "ding-dong", longer and softer than the barista's beep: a drink is ready to collect (the booth screen). */
export function playReadyChime() {
  playTones(
    [
      [1318.5, 0, 0.45],
      [987.8, 0.28, 0.6],
    ],
    0.4,
  );
}
