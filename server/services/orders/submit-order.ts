import type { Db } from "../../db/client";
import { ConflictError } from "../../errors";
import { sendStagedEvents, stageEvent } from "../../events/outbox";
import { chooseDrink, type DrinkChoice, type MenuForOrdering } from "./choose-drink";
import { commandTransaction, findOrderInScope } from "./transition-order";

/**
 * The attendee's drink choice: checked against the menu, written only while their order is admitted, not yet
 * submitted and inside its submit window. `order/submitted`, which lets the order workflow go on, commits with
 * the choice, so a crash right after it cannot leave the order to time out although the attendee chose in time.
 */
export async function submitOrder(db: Db, input: { orderId: string; attendeeId: string; menu: MenuForOrdering; choice: DrinkChoice; now?: Date }) {
  const now = input.now ?? new Date();
  const drink = chooseDrink(input.menu, input.choice);
  const submitted = await db.$transaction(async (tx) => {
    const [order] = await tx.order.updateManyAndReturn({
      where: { id: input.orderId, attendeeId: input.attendeeId, status: "STARTED", admittedAt: { not: null }, submittedAt: null, submitBy: { gt: now } },
      data: { drink, drinkName: drink.name, menuItemId: drink.menuItemId, submittedAt: now },
    });
    if (!order) return null;
    const eventId = await stageEvent(tx, "order/submitted", { eventId: order.eventId, orderId: order.id, attendeeId: order.attendeeId, drink, submittedAt: now.toISOString() });
    return { order, eventIds: [eventId] };
  }, commandTransaction);
  if (!submitted) {
    const current = await findOrderInScope(db, input.orderId, { attendeeId: input.attendeeId });
    if (current.submittedAt) throw new ConflictError("You already chose your drink for this order.", { code: "already-chosen" });
    if (current.status === "STARTED" && !current.admittedAt) throw new ConflictError("Your order is still being checked. Try again in a moment.", { code: "still-checking" });
    if (current.status === "STARTED" || current.status === "TIMED_OUT") {
      throw new ConflictError("Time is up for this order. Scan the code on the booth screen to start a new one.", { code: "time-is-up" });
    }
    throw current.status === "CANCELLED"
      ? new ConflictError("This order was cancelled.", { code: "order-cancelled" })
      : new ConflictError("This order cannot take a drink any more.", { code: "order-over" });
  }
  // If sending fails here, the choice still stands: the sweeper sends its event a few seconds later.
  await sendStagedEvents(db, { ids: submitted.eventIds });
  return submitted.order;
}
