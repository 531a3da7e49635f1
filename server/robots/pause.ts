// Waiting, for simulations: a pause that a stop cuts short, and a bell that wakes whoever waits on it (a push
// arrived, a drink reached the counter) so robots wait on events or a sensible interval, never in a busy loop.

export function pause(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted || ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}

/** A random whole number of milliseconds between two numbers of seconds, times a pace (0.1 = ten times quicker). */
export const thinkTime = (fromSeconds: number, toSeconds: number, pace = 1) => Math.round((fromSeconds + Math.random() * (toSeconds - fromSeconds)) * 1000 * pace);

export class Bell {
  private waiting = new Set<() => void>();

  ring() {
    const wakers = [...this.waiting];
    this.waiting.clear();
    wakers.forEach((wake) => wake());
  }

  /** Resolves at the next ring, after `ms` at the latest, or at once when stopped. */
  wait(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        this.waiting.delete(wake);
        resolve();
      };
      this.waiting.add(wake);
      void pause(ms, signal).then(wake);
    });
  }
}
