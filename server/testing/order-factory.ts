import { randomUUID } from "node:crypto";
import type { Db } from "../db/client";
import type { OrderStatus } from "../generated/prisma/enums";
import type { ChosenDrink } from "../services/orders/choose-drink";
import { assignOrderNumber } from "../services/counter/assign-order-number";
import { currentWindow } from "../services/qr/current-window";

/**
 * Puts an order straight into a given state, as the workflow and the baristas would have left it, for tests of
 * what comes next. Numbers come from the real counter, codes from the real windows.
 */
export async function placeOrder(
  db: Db,
  input: {
    eventId: string;
    attendeeId: string;
    attendeeName?: string;
    status: Exclude<OrderStatus, "REJECTED">;
    /** STARTED only: whether the attendee already chose (it then waits for its number). */
    submitted?: boolean;
    barista?: { id: string; name: string };
    /** What was chosen, when it matters to the test (a Latte with oat milk otherwise). */
    drink?: ChosenDrink;
    now?: Date;
  },
) {
  const now = input.now ?? new Date();
  const event = await db.event.findUniqueOrThrow({ where: { id: input.eventId } });
  const window = await currentWindow(db, { eventId: event.id, qrRotationSeconds: event.qrRotationSeconds, drinksPerCode: event.drinksPerCode }, now);
  const id = randomUUID();
  const day = now.toISOString().slice(0, 10);
  const past = (seconds: number) => new Date(now.getTime() - seconds * 1000);
  const progression: OrderStatus[] = ["STARTED", "QUEUED", "MAKING", "READY", "PICKED_UP"];
  const reached = (status: OrderStatus) => progression.indexOf(status) <= progression.indexOf(input.status);
  const ended = input.status === "CANCELLED" || input.status === "TIMED_OUT";
  const submitted = input.status !== "STARTED" || input.submitted === true;
  const numbered = input.status !== "STARTED" && !(ended && !submitted);
  const drink = input.drink ?? { menuItemId: "latte", name: "Latte", station: "ESPRESSO_BAR", options: [{ group: "Milk", choice: "Oat" }] };
  const barista = input.barista ?? { id: "barista-x", name: "Bruno Barista" };
  return db.order.create({
    data: {
      id,
      eventId: event.id,
      attendeeId: input.attendeeId,
      attendeeName: input.attendeeName ?? "Ana",
      qrWindowId: window.id,
      day,
      status: input.status,
      startedAt: past(240),
      admittedAt: past(239),
      submitBy: new Date(past(239).getTime() + event.submitWindowSeconds * 1000),
      ...(submitted && {
        drink,
        drinkName: drink.name,
        menuItemId: drink.menuItemId,
        submittedAt: past(200),
      }),
      ...(numbered && { orderNumber: await assignOrderNumber(db, { eventId: event.id, day, orderId: id }), queuedAt: past(199) }),
      ...(reached("MAKING") && !ended && { baristaId: barista.id, baristaName: barista.name, claimedAt: past(120) }),
      ...(reached("READY") && !ended && { completedAt: past(30) }),
      ...(input.status === "PICKED_UP" && { pickedUpAt: past(10), endedAt: past(10), endedBy: "barista" }),
      ...(ended && { endedAt: past(5), endedBy: "workflow", endReason: input.status === "TIMED_OUT" ? "barista" : "Out of oat milk" }),
    },
  });
}
