/**
 * One order's events as the catalog defines them, written as a story: each step at a number of seconds after the
 * start. For the metrics tests, which feed recorded sequences in any order (the metrics check each against its schema).
 */

export type StoryEvent = { name: string; data: Record<string, unknown> };
type Barista = { id: string; name: string };

export function orderStory(input: { eventId: string; orderId: string; start: string; drink?: string; qrWindowId?: string; number?: number }) {
  const events: StoryEvent[] = [];
  const { eventId, orderId } = input;
  const qrWindowId = input.qrWindowId ?? "window-1";
  const orderNumber = input.number ?? 1;
  const drink = { menuItemId: "item-1", name: input.drink ?? "Flat White", station: "ESPRESSO_BAR" as const, options: [] };
  const at = (seconds: number) => new Date(new Date(input.start).getTime() + seconds * 1000).toISOString();
  let barista: Barista = { id: "barista-1", name: "Bruno" };
  const story = {
    events,
    add(name: string, data: Record<string, unknown>) {
      events.push({ name, data: { eventId, orderId, ...data } });
      return story;
    },
    redeemed: (s: number) => story.add("qr/code.redeemed", { qrWindowId, attendeeId: "guest-1", drinksLeft: 9, redeemedAt: at(s) }),
    started: (s: number) => story.add("order/started", { attendeeId: "guest-1", attendeeName: "Ana Lima", qrWindowId, startedAt: at(s) }),
    accepted: (s: number) => story.add("order/accepted", { attendeeId: "guest-1", submitBy: at(s + 300), acceptedAt: at(s) }),
    submitted: (s: number) => story.add("order/submitted", { attendeeId: "guest-1", drink, submittedAt: at(s) }),
    queued: (s: number) => story.add("order/queued", { orderNumber, attendeeId: "guest-1", attendeeName: "Ana Lima", drink, queuedAt: at(s) }),
    claimed: (s: number, by: Barista = barista) => {
      barista = by;
      return story.add("order/claimed", { orderNumber, baristaId: by.id, baristaName: by.name, claimedAt: at(s) });
    },
    released: (s: number) => story.add("order/released", { orderNumber, baristaId: barista.id, releasedAt: at(s) }),
    completed: (s: number) =>
      story.add("order/completed", { orderNumber, attendeeName: "Ana Lima", drinkName: drink.name, baristaId: barista.id, completedAt: at(s) }),
    recalled: (s: number, by: Barista = barista) => {
      barista = by;
      return story.add("order/recalled", { orderNumber, baristaId: by.id, baristaName: by.name, recalledAt: at(s) });
    },
    pickedUp: (s: number) => story.add("order/picked-up", { orderNumber, pickedUpAt: at(s) }),
    cancelled: (s: number, by: "attendee" | "barista" | "organiser", reason: string, numbered = true) =>
      story.add("order/cancelled", { orderNumber: numbered ? orderNumber : null, by, reason, cancelledAt: at(s) }),
    timedOut: (s: number, window: "submit" | "barista") =>
      story.add("order/timed-out", { orderNumber: window === "submit" ? null : orderNumber, window, timedOutAt: at(s) }),
    rejected: (s: number, reason: "store-closed" | "capacity-full" | "attendee-limit") =>
      story.add("order/rejected", { attendeeId: "guest-1", reason, retryAfter: null, rejectedAt: at(s) }),
    returned: (s: number) => story.add("qr/drink.returned", { qrWindowId, drinksLeft: 10, returnedAt: at(s) }),
    /** The usual start: the code redeemed, the order started and accepted, a drink chosen and queued. */
    queuedAfter: (submitSeconds: number) => story.redeemed(0).started(0).accepted(1).submitted(submitSeconds).queued(submitSeconds + 1),
  };
  return story;
}
