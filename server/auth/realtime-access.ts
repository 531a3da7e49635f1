import type { Db } from "../db/client";
import type { RealtimeScope } from "../realtime/policy";
import { getDb } from "../boot/runtime";
import { listOwnedOrders } from "../services/orders/list-owned-orders";
import type { Actor } from "./actor";
import { getRequestActor } from "./session";

/**
 * What a caller may see on live channels, for the realtime policy: an attendee's own orders (and the queues of their
 * events), a staff member's
 * events and role at each. Read at every (re)connect, so a new order or a removed right counts at once.
 */
export async function readRealtimeScope(db: Db, actor: Actor): Promise<RealtimeScope> {
  switch (actor.kind) {
    case "anonymous":
      return { ownedOrderIds: [], orderedAtEventIds: [], staffEvents: [] };
    case "guest": {
      const owned = await listOwnedOrders(db, actor.userId);
      return { ownedOrderIds: owned.orderIds, orderedAtEventIds: owned.eventIds, staffEvents: [] };
    }
    case "staff": {
      const staffEvents = await db.eventStaff.findMany({ where: { userId: actor.userId }, select: { eventId: true, role: true } });
      return { ownedOrderIds: [], orderedAtEventIds: [], staffEvents };
    }
  }
}

/** The caller of the current request (a realtime route) and what they may see. */
export async function getRealtimeAccess(): Promise<{ actor: Actor; scope: RealtimeScope }> {
  const actor = await getRequestActor();
  return { actor, scope: await readRealtimeScope(await getDb(), actor) };
}
