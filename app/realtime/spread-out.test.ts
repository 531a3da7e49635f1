import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { spreadOut } from "./spread-out";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("a re-read spread out over a moment", () => {
  it("runs once after a random wait within the spread, however many cues came meanwhile", () => {
    const run = vi.fn();
    const spread = spreadOut(run, 500, () => 0.5);
    spread.trigger();
    spread.trigger();
    vi.advanceTimersByTime(249);
    spread.trigger();
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("runs again for a cue after the last re-read, and not at all once cancelled", () => {
    const run = vi.fn();
    const spread = spreadOut(run, 500, () => 0.99);
    spread.trigger();
    vi.advanceTimersByTime(500);
    spread.trigger();
    vi.advanceTimersByTime(500);
    expect(run).toHaveBeenCalledTimes(2);
    spread.trigger();
    spread.cancel();
    vi.advanceTimersByTime(1_000);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it("spreads a queue of phones over the whole moment", () => {
    const times: number[] = [];
    const started = Date.now();
    for (const r of [0, 0.25, 0.5, 0.75]) spreadOut(() => times.push(Date.now() - started), 400, () => r).trigger();
    vi.advanceTimersByTime(400);
    expect(times).toEqual([0, 100, 200, 300]);
  });
});
