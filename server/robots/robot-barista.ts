// One simulated barista at the board: hands over drinks to whoever shows their ready order at the counter first,
// then makes the oldest order waiting (claim, a while at the machine, ready). Wakes on the board's pushes and the
// counter's bell, and re-reads the board every few seconds in case a push was missed.
import { TrpcError, type HttpSession } from "./http-session";
import { Bell, pause, thinkTime } from "./pause";
import type { RobotTally } from "./robot-tally";

type BoardCard = { id: string; status: string; queuedAt: Date | null };

/** Drinks shown at the counter, waiting for a barista to hand them over. */
export class Counter {
  readonly bell = new Bell();
  private waiting: string[] = [];
  constructor(readonly staffed: boolean) {}

  arrive(orderId: string) {
    this.waiting.push(orderId);
    this.bell.ring();
  }

  take(): string | undefined {
    return this.waiting.shift();
  }
}

export type Bar = {
  slug: string;
  counter: Counter;
  tally: RobotTally;
  pace: number;
  /** Set once the attendees are done: the barista finishes what is on the board and goes home. */
  closing: AbortSignal;
};

export async function runBarista(barista: HttpSession, bar: Bar): Promise<void> {
  for (;;) {
    const handOver = bar.counter.take();
    if (handOver) {
      await act(barista, bar, "board.pickUp", handOver);
      continue;
    }
    const board = await barista.query<{ orders: BoardCard[] }>("board.orders", { slug: bar.slug }).catch((error: Error) => {
      bar.tally.add("errors", `board: ${error.message}`);
      return { orders: [] };
    });
    const next = board.orders.filter((card) => card.status === "QUEUED").sort((a, b) => new Date(a.queuedAt ?? 0).getTime() - new Date(b.queuedAt ?? 0).getTime())[0];
    if (next) {
      if (!(await act(barista, bar, "board.claim", next.id))) continue; // another barista was quicker
      await pause(thinkTime(8, 25, bar.pace));
      await act(barista, bar, "board.complete", next.id);
      continue;
    }
    if (bar.closing.aborted) return;
    await bar.counter.bell.wait(5000, bar.closing);
  }
}

/** One tap on the board; a lost race or an order that ended meanwhile is part of a booth's day, not an error. */
async function act(barista: HttpSession, bar: Bar, path: string, orderId: string): Promise<boolean> {
  try {
    await barista.mutate(path, { slug: bar.slug, orderId });
    return true;
  } catch (error) {
    if (error instanceof TrpcError && (error.code === "CONFLICT" || error.code === "NOT_FOUND")) return false;
    bar.tally.add("errors", `${path}: ${(error as Error).message}`);
    return false;
  }
}
