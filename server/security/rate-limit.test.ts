import { afterEach, describe, expect, it, vi } from "vitest";
import { createLimiter } from "./rate-limit";

afterEach(() => {
  vi.useRealTimers();
});

describe("a limit", () => {
  it("lets the window's points through, then refuses with the seconds until the window ends", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-03-01T10:00:00Z") });
    const limiter = createLimiter("test:window", { points: 3, windowSeconds: 600 });
    for (let i = 0; i < 3; i++) await expect(limiter.consume("a")).resolves.toEqual({ allowed: true });
    vi.setSystemTime(new Date("2026-03-01T10:04:00Z"));
    await expect(limiter.consume("a")).resolves.toEqual({ allowed: false, retryAfterSeconds: 360 });
    await expect(limiter.consume("b")).resolves.toEqual({ allowed: true }); // another key has its own points

    vi.setSystemTime(new Date("2026-03-01T10:10:01Z"));
    await expect(limiter.consume("a")).resolves.toEqual({ allowed: true });
  });

  it("takes back a point given for an attempt that went well, but never more than were taken", async () => {
    const limiter = createLimiter("test:give-back", { points: 2, windowSeconds: 600 });
    await limiter.giveBack("a"); // nothing taken yet: no extra point appears
    await limiter.consume("a");
    await limiter.consume("a");
    await limiter.giveBack("a");
    await expect(limiter.consume("a")).resolves.toEqual({ allowed: true });
    await expect(limiter.consume("a")).resolves.toMatchObject({ allowed: false });
  });

  it("starts a fresh window for a key that is reset", async () => {
    const limiter = createLimiter("test:reset", { points: 1, windowSeconds: 600 });
    await limiter.consume("a");
    await expect(limiter.consume("a")).resolves.toMatchObject({ allowed: false });
    await limiter.reset("a");
    await expect(limiter.consume("a")).resolves.toEqual({ allowed: true });
  });
});
