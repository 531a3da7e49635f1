// One simulated attendee: arrives after a while, scans the booth's code, chooses a drink from the live menu (or,
// now and then, changes their mind and cancels), waits for it, walks to the counter when it is ready, and comes
// back for another later. On a stop: an order still being chosen is cancelled; one already chosen is seen through.
import { TrpcError, type HttpSession } from "./http-session";
import { isOverStatus, watchOrder, type OrderView } from "./order-watch";
import { pause, thinkTime } from "./pause";
import type { CodeDesk } from "./code-desk";
import { pickDrink, type MenuForRobots } from "./pick-drink";
import type { RobotTally } from "./robot-tally";

export type Booth = {
  slug: string;
  desk: CodeDesk;
  tally: RobotTally;
  /** Seconds the booth gives to choose and to make a drink (the waits' deadlines). */
  submitWindowSeconds: number;
  baristaWindowSeconds: number;
  pace: number;
  /** Where attendees show their ready order; robot baristas hand it over (empty without robot baristas). */
  counter: { arrive(orderId: string): void; staffed: boolean };
  /** Stops new orders. */
  stopping: AbortSignal;
};

const CANCEL_RATE = 0.05;

/** The attendee's loop until the booth stops; resolves once their last order is over. */
export async function runAttendee(attendee: HttpSession, booth: Booth): Promise<void> {
  const { tally, stopping } = booth;
  while (!stopping.aborted) {
    await pause(thinkTime(5, 40, booth.pace), stopping);
    const code = await booth.desk.code(stopping);
    if (code === null) break;
    let orderId: string;
    try {
      ({ orderId } = await attendee.mutate<{ orderId: string }>("attendee.startOrder", { slug: booth.slug, code }));
    } catch (error) {
      if (!(error instanceof TrpcError)) throw error;
      if (error.code === "CONFLICT" || error.code === "NOT_FOUND") booth.desk.forget(); // expired or rotated: read the screen again
      else if (error.code === "PRECONDITION_FAILED") {
        tally.add("refused");
        if (/code/.test(error.message)) booth.desk.forget(true);
        await pause(thinkTime(20, 60, booth.pace), stopping);
      } else tally.add("errors", `start: ${error.message}`);
      continue;
    }
    tally.add("started");
    tally.open.add(orderId);
    try {
      await followOrder(attendee, orderId, booth);
    } catch (error) {
      tally.add("errors", (error as Error).message);
    } finally {
      tally.open.delete(orderId);
    }
  }
}

async function followOrder(attendee: HttpSession, orderId: string, booth: Booth) {
  const { tally } = booth;
  const watch = await watchOrder(attendee, orderId);
  try {
    const margin = 30_000;
    let order = await watch.until((o) => o.submitBy != null || isOverStatus(o.status), "acceptance", 60_000);
    if (order.status === "REJECTED") return tally.add("refused");
    if (!isOverStatus(order.status)) {
      // A person reads the menu for a few seconds, and submits before the window closes.
      const submitBy = new Date(order.submitBy as string).getTime();
      await pause(Math.min(thinkTime(2, 10, booth.pace), submitBy - Date.now() - 2000), booth.stopping);
      if (booth.stopping.aborted || Math.random() < CANCEL_RATE) {
        await attendee.mutate("attendee.cancelOrder", { orderId });
        order = await watch.until((o) => isOverStatus(o.status), "cancellation", margin);
      } else {
        const menu = await attendee.query<MenuForRobots>("event.menu", { slug: booth.slug });
        const drink = pickDrink(menu);
        if (!drink) {
          await attendee.mutate("attendee.cancelOrder", { orderId });
        } else {
          await attendee.mutate("attendee.submitOrder", { orderId, choice: { menuItemId: drink.menuItemId, choices: drink.choices } });
          tally.add("submitted");
        }
        order = await watch.until((o) => o.status === "READY" || isOverStatus(o.status), "a ready drink", booth.baristaWindowSeconds * 1000 + booth.submitWindowSeconds * 1000 + margin);
        if (order.status === "READY") {
          tally.add("made");
          await pause(thinkTime(2, 10, booth.pace));
          if (booth.counter.staffed) booth.counter.arrive(orderId);
          // Without robot baristas, people at the bar hand it over; a ready drink may also be recalled and made again.
          order = await watch.until((o) => isOverStatus(o.status), "a pick-up", booth.baristaWindowSeconds * 1000 + margin);
        }
      }
    }
    countEnd(order, booth);
  } finally {
    watch.close();
  }
}

function countEnd(order: OrderView, booth: Booth) {
  if (order.status === "PICKED_UP") booth.tally.add("pickedUp");
  else if (order.status === "CANCELLED") booth.tally.add("cancelled");
  else if (order.status === "TIMED_OUT") booth.tally.add("timedOut");
  else if (order.status === "REJECTED") booth.tally.add("refused");
}
