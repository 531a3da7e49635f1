import { getRequestActor } from "../auth/session";
import { getDb } from "../runtime";
import type { Actor } from "../auth/actor";
import { capabilityFor, type Capability } from "./policy";
import { listOwnedOrderIds } from "../services/orders/read-orders";

/** The caller of a realtime route and what the policy lets them hear. */
export async function realtimeAccess(): Promise<{ actor: Actor; capability: Capability }> {
  const actor = await getRequestActor();
  const db = await getDb();
  // An attendee may hear their own orders' channels; the list is read at each (re)connect.
  const owned = actor.kind === "guest" ? await listOwnedOrderIds(db, actor.userId) : [];
  return { actor, capability: await capabilityFor(db, actor, owned) };
}
