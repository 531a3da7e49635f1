import { orderStory } from "./order-story";

/**
 * A morning at a booth in New York (UTC-5 in December), as the metrics tests record it: seven orders between 14:50
 * and 15:40 UTC, that is from 09:50 to 10:40 local time, each ending its own way.
 */
export const morningBooth = { eventId: "booth-ny", timeZone: "America/New_York", day: "2026-12-02" };

const bruno = { id: "barista-1", name: "Bruno" };
const carla = { id: "barista-2", name: "Carla" };
const story = (orderId: string, start: string, drink = "Latte", qrWindowId = "window-1", number = 1) =>
  orderStory({ eventId: morningBooth.eventId, orderId, start, drink, qrWindowId, number });

export const morningEvents = [
  // Waits 79 s, makes 60 s; made at 09:51, picked up at 10:01 local.
  story("o1", "2026-12-02T14:50:00Z", "Latte", "window-1", 1).queuedAfter(20).claimed(40, bruno).completed(100).pickedUp(700).events,
  // Waits 139 s, makes 120 s.
  story("o2", "2026-12-02T14:55:00Z", "Mocha", "window-1", 2).queuedAfter(10).claimed(30, carla).completed(150).pickedUp(200).events,
  // Recalled: made 30 s + 20 s; waits from queued (6 s) to the second ready (80 s).
  story("o3", "2026-12-02T15:10:00Z", "Latte", "window-1", 3).queuedAfter(5).claimed(20, bruno).completed(50).recalled(60, bruno).completed(80).pickedUp(100).events,
  story("o4", "2026-12-02T15:20:00Z").redeemed(0).started(0).accepted(1).cancelled(30, "attendee", "You cancelled it.", false).events,
  story("o5", "2026-12-02T15:25:00Z", "Latte", "window-1", 4).queuedAfter(10).claimed(20, bruno).cancelled(60, "barista", "Out of oat milk, sorry").events,
  story("o6", "2026-12-02T15:30:00Z").redeemed(0).started(0).accepted(1).timedOut(302, "submit").events,
  story("o7", "2026-12-02T15:40:00Z", "Latte", "window-2").redeemed(0).started(0).rejected(1, "capacity-full").returned(1).events,
].flat();
