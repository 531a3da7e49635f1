import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { channels, parseChannel } from "./channels";

/**
 * Who may listen to what: one policy for both transports. The SSE route checks each channel a browser asks for
 * against it, and the Ably token route puts exactly it into the token's capability. Clients never publish.
 * Capabilities use Ably's format and its wildcard rule (`event:*` covers every channel under `event:`).
 */

export type Operation = "subscribe";
export type Capability = Record<string, Operation[]>;

export async function capabilityFor(db: Db, actor: Actor, ownedOrderIds: string[] = []): Promise<Capability> {
  switch (actor.kind) {
    case "anonymous":
      return {};
    case "guest":
      // An attendee hears about their own orders only.
      return Object.fromEntries(ownedOrderIds.map((id) => [channels.order(id), ["subscribe"]]));
    case "staff": {
      if (actor.isOrganiser) return { "event:*": ["subscribe"] };
      const memberships = await db.eventStaff.findMany({ where: { userId: actor.userId }, select: { eventId: true, role: true } });
      const capability: Capability = {};
      for (const { eventId, role } of memberships) {
        capability[channels.display(eventId)] = ["subscribe"];
        if (role === "BARISTA") capability[channels.board(eventId)] = ["subscribe"];
      }
      return capability;
    }
  }
}

/** Whether a capability grants an operation on a channel, with Ably's wildcard rule. */
export function allows(capability: Capability, channel: string, operation: Operation = "subscribe"): boolean {
  if (!parseChannel(channel)) return false;
  return Object.entries(capability).some(([resource, operations]) => {
    if (!operations.includes(operation) && !operations.includes("*" as Operation)) return false;
    if (resource === "*" || resource === channel) return true;
    return resource.endsWith(":*") && channel.startsWith(resource.slice(0, -1));
  });
}
