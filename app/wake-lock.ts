/**
 * Keeping a screen awake with the Screen Wake Lock API, written against small interfaces so the rules can be
 * tested without a browser. The browser drops the lock whenever the tab is hidden, so it is asked again each
 * time the tab is visible.
 */

export type WakeLockState = "on" | "refused" | "unsupported";

export type WakeLockSentinelLike = {
  readonly released: boolean;
  release(): Promise<void>;
  addEventListener(type: "release", listener: () => void): void;
};

export type WakeLockDeps = {
  /** navigator.wakeLock, undefined where the browser has none (or the page is not on https/localhost). */
  wakeLock: { request(type: "screen"): Promise<WakeLockSentinelLike> } | undefined;
  document: {
    readonly visibilityState: string;
    addEventListener(type: "visibilitychange", listener: () => void): void;
    removeEventListener(type: "visibilitychange", listener: () => void): void;
  };
  onState(state: WakeLockState): void;
};

/** Holds the screen awake until the returned function is called, reporting each change of state. */
export function holdScreenAwake({ wakeLock, document, onState }: WakeLockDeps): () => void {
  if (!wakeLock) {
    onState("unsupported");
    return () => undefined;
  }
  let stopped = false;
  let sentinel: WakeLockSentinelLike | undefined;
  let asking = false;

  const acquire = () => {
    if (stopped || asking || document.visibilityState !== "visible" || (sentinel && !sentinel.released)) return;
    asking = true;
    wakeLock.request("screen").then(
      (granted) => {
        asking = false;
        if (stopped) {
          void granted.release().catch(() => undefined);
          return;
        }
        sentinel = granted;
        onState("on");
        // Dropped while visible (a power saver, say): ask again; dropped because hidden: visibilitychange will.
        granted.addEventListener("release", acquire);
      },
      () => {
        asking = false;
        if (!stopped) onState("refused");
      },
    );
  };

  document.addEventListener("visibilitychange", acquire);
  acquire();
  return () => {
    stopped = true;
    document.removeEventListener("visibilitychange", acquire);
    if (sentinel && !sentinel.released) void sentinel.release().catch(() => undefined);
  };
}
