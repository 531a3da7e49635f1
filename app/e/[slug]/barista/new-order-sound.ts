"use client";
import { useSyncExternalStore } from "react";

/** The "Sound on new orders" switch, remembered in this browser, and the beep itself (Web Audio: no file to load). */

const storageKey = "presso:sound-on-new-orders";
const listeners = new Set<() => void>();
// Used when the browser refuses storage (some private modes), so the switch still works for this visit.
let remembered = true;

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

function readSoundOn() {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return stored === null ? remembered : stored === "on";
  } catch {
    return remembered;
  }
}

export function setSoundOn(on: boolean) {
  remembered = on;
  try {
    window.localStorage.setItem(storageKey, on ? "on" : "off");
  } catch {
    // Nothing to do: the in-memory value above still applies.
  }
  listeners.forEach((listener) => listener());
}

export function useSoundOn(): boolean {
  return useSyncExternalStore(subscribe, readSoundOn, () => true);
}

let audio: AudioContext | undefined;

function audioContext(): AudioContext | undefined {
  if (audio) return audio;
  const Context = window.AudioContext ?? (window as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!Context) return undefined;
  audio = new Context();
  return audio;
}

/**
 * Browsers keep audio silent until the person has touched the page; calling this from a tap or key press lets
 * the later beeps, which arrive without one, be heard.
 */
export function unlockSound() {
  void audioContext()?.resume().catch(() => undefined);
}

/** Two short rising tones, loud enough for a noisy booth, short enough not to annoy. */
export function playNewOrderBeep() {
  const context = audioContext();
  if (!context) return;
  void context.resume().catch(() => undefined);
  const start = context.currentTime;
  [880, 1320].forEach((frequency, index) => {
    const at = start + index * 0.18;
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = "sine";
    oscillator.frequency.setValueAtTime(frequency, at);
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.35, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.15);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(at);
    oscillator.stop(at + 0.16);
  });
}
