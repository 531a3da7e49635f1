import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

/**
 * A fixed-window limit kept in this process's memory (rate-limiter-flexible). An embedded booth is one process
 * per database, so this is the whole limit there; a managed deployment on several instances gets this limit per
 * instance (a guesser spread over N instances gets N times the attempts), which still turns a flood into a trickle.
 */

export type Limit = { points: number; windowSeconds: number };
export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type Limiter = {
  /** Takes one point for `key`; refused when the window's points are spent, with the seconds until it ends. */
  consume(key: string): Promise<Verdict>;
  /** Gives back a point taken for an attempt that turned out fine (never more than were taken). */
  giveBack(key: string): Promise<void>;
  /** Forgets `key`: its next attempt starts a fresh window. */
  reset(key: string): Promise<void>;
};

export function createLimiter(name: string, limit: Limit): Limiter {
  const limiter = new RateLimiterMemory({ keyPrefix: name, points: limit.points, duration: limit.windowSeconds });
  return {
    async consume(key) {
      try {
        await limiter.consume(key);
        return { allowed: true };
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
      }
    },
    async giveBack(key) {
      // A reward on a key with nothing taken would store a negative count: an attempt for free later.
      const current = await limiter.get(key);
      if (current && current.consumedPoints > 0) await limiter.reward(key);
    },
    async reset(key) {
      await limiter.delete(key);
    },
  };
}
