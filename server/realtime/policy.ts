import { channels, parseChannel } from "./channels";

/**
 * Who may listen to what: one policy for both transports, a pure function of who the caller is and what they may
 * see (gathered by server/auth at each (re)connect). The SSE route checks each channel a browser asks for against
 * it, and the Ably token route puts exactly it into the token's capability. Clients never publish.
 * Capabilities use Ably's format and its wildcard rule (`event:*` covers every channel under `event:`).
 */

export type Operation = "subscribe";
export type Capability = Record<string, Operation[]>;

/** The caller as the policy needs to know them (server/auth's Actor is one). */
export type RealtimeCaller = { kind: "anonymous" } | { kind: "guest" } | { kind: "staff"; isOrganiser: boolean };

/**
 * What a caller may see: an attendee's own orders and the events they ordered at (to follow the queue there), and
 * the events a staff member works at and as what.
 */
export type RealtimeScope = {
  ownedOrderIds: string[];
  orderedAtEventIds: string[];
  staffEvents: { eventId: string; role: "BARISTA" | "DISPLAY" }[];
};

export function capabilityFor(caller: RealtimeCaller, { ownedOrderIds, orderedAtEventIds, staffEvents }: RealtimeScope): Capability {
  switch (caller.kind) {
    case "anonymous":
      return {};
    case "guest":
      // An attendee hears about their own orders, and that the queue moved where they ordered (numbers only).
      return Object.fromEntries([
        ...ownedOrderIds.map((id) => [channels.order(id), ["subscribe"]]),
        ...orderedAtEventIds.map((eventId) => [channels.queue(eventId), ["subscribe"]]),
      ]);
    case "staff": {
      if (caller.isOrganiser) return { "event:*": ["subscribe"] };
      const capability: Capability = {};
      for (const { eventId, role } of staffEvents) {
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
