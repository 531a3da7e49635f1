// The booth's code as a phone would scan it: read from the display's state by a staff session (only staff may see
// it), kept until its window ends, and read again then. While the store is closed there is no code: it waits.
import type { HttpSession } from "./http-session";
import { pause } from "./pause";

type Window = { id: string; code: string; endsAt: Date; drinksLeft: number; hideCodeSeconds: number };

export class CodeDesk {
  private window: Window | null = null;
  private reading: Promise<void> | undefined;
  /** The server's clock minus ours, so a window's end is read on the server's time. */
  private skewMs = 0;
  /** The last read found the store closed: the next waits a while instead of asking again at once. */
  private closedAtLastRead = false;

  constructor(
    private staff: HttpSession,
    private slug: string,
    private closedRereadMs = 5000,
  ) {}

  private read() {
    return (this.reading ??= (async () => {
      try {
        const state = await this.staff.query<{ window: Window | null; serverTime: Date }>("display.state", { slug: this.slug });
        this.skewMs = new Date(state.serverTime).getTime() - Date.now();
        this.window = state.window && { ...state.window, endsAt: new Date(state.window.endsAt) };
        this.closedAtLastRead = state.window === null;
      } finally {
        this.reading = undefined;
      }
    })());
  }

  /** The code a phone could scan now; null once `signal` stops the wait. */
  async code(signal?: AbortSignal): Promise<string | null> {
    while (!signal?.aborted) {
      const window = this.window;
      const now = Date.now() + this.skewMs;
      // The screen hides a code in its last seconds, and a used-up code is no use until the next window.
      const shownUntil = window ? window.endsAt.getTime() - window.hideCodeSeconds * 1000 : 0;
      if (window && now < shownUntil && window.drinksLeft > 0) return window.code;
      if (window && now < window.endsAt.getTime()) await pause(window.endsAt.getTime() - now + 250, signal);
      else if (this.closedAtLastRead) await pause(this.closedRereadMs, signal);
      if (signal?.aborted) break;
      await this.read().catch(() => pause(this.closedRereadMs, signal));
    }
    return null;
  }

  /** The code was refused (expired, used up): read the screen again before the next scan. */
  forget(usedUp = false) {
    if (usedUp && this.window) this.window = { ...this.window, drinksLeft: 0 };
    else this.window = null;
    this.closedAtLastRead = false;
  }
}
