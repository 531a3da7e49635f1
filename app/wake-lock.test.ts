import { describe, expect, it, vi } from "vitest";
import { holdScreenAwake, type WakeLockSentinelLike, type WakeLockState } from "./wake-lock";

class FakeSentinel implements WakeLockSentinelLike {
  released = false;
  private listeners: (() => void)[] = [];
  addEventListener(_type: "release", listener: () => void) {
    this.listeners.push(listener);
  }
  async release() {
    this.drop();
  }
  /** What the browser does when the tab is hidden. */
  drop() {
    if (this.released) return;
    this.released = true;
    this.listeners.forEach((listener) => listener());
  }
}

function fakeDocument(visibilityState = "visible") {
  const listeners = new Set<() => void>();
  return {
    visibilityState,
    addEventListener: (_type: "visibilitychange", listener: () => void) => void listeners.add(listener),
    removeEventListener: (_type: "visibilitychange", listener: () => void) => void listeners.delete(listener),
    show(state: "visible" | "hidden") {
      this.visibilityState = state;
      listeners.forEach((listener) => listener());
    },
    listeners,
  };
}

function setUp(request: () => Promise<WakeLockSentinelLike>) {
  const states: WakeLockState[] = [];
  const document = fakeDocument();
  const wakeLock = { request: vi.fn(request) };
  const stop = holdScreenAwake({ wakeLock, document, onState: (state) => states.push(state) });
  return { states, document, wakeLock, stop };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("keeping the booth screen awake", () => {
  it("asks for a screen lock and reports it on", async () => {
    const { states, wakeLock } = setUp(async () => new FakeSentinel());
    await settle();
    expect(wakeLock.request).toHaveBeenCalledWith("screen");
    expect(states).toEqual(["on"]);
  });

  it("reports a browser without the API as unsupported", () => {
    const states: WakeLockState[] = [];
    holdScreenAwake({ wakeLock: undefined, document: fakeDocument(), onState: (state) => states.push(state) });
    expect(states).toEqual(["unsupported"]);
  });

  it("reports a refusal", async () => {
    const { states } = setUp(() => Promise.reject(new DOMException("not allowed", "NotAllowedError")));
    await settle();
    expect(states).toEqual(["refused"]);
  });

  it("asks again when the tab comes back to the front after the browser dropped the lock", async () => {
    const sentinels: FakeSentinel[] = [];
    const { document, wakeLock } = setUp(async () => {
      const sentinel = new FakeSentinel();
      sentinels.push(sentinel);
      return sentinel;
    });
    await settle();
    document.show("hidden");
    sentinels[0]!.drop();
    await settle();
    expect(wakeLock.request).toHaveBeenCalledTimes(1); // not while hidden
    document.show("visible");
    await settle();
    expect(wakeLock.request).toHaveBeenCalledTimes(2);
    document.show("visible"); // already held: no second lock
    await settle();
    expect(wakeLock.request).toHaveBeenCalledTimes(2);
  });

  it("releases the lock and stops listening when the screen goes away", async () => {
    const sentinel = new FakeSentinel();
    const { document, stop, wakeLock } = setUp(async () => sentinel);
    await settle();
    stop();
    expect(sentinel.released).toBe(true);
    expect(document.listeners.size).toBe(0);
    expect(wakeLock.request).toHaveBeenCalledTimes(1); // the release it caused asks for nothing
  });

  it("gives back a lock granted after the screen went away", async () => {
    let grant: (sentinel: WakeLockSentinelLike) => void = () => undefined;
    const sentinel = new FakeSentinel();
    const { stop, states } = setUp(() => new Promise((resolve) => (grant = resolve)));
    stop();
    grant(sentinel);
    await settle();
    expect(sentinel.released).toBe(true);
    expect(states).toEqual([]);
  });
});
