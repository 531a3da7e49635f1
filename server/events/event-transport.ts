/**
 * The bus's engine port: what carries a catalogued event, once checked and given its id and version, to the
 * workflow engine. The events room knows nothing of the engine; the composition root (server/boot) injects one at
 * start, and tests that send inject theirs. Kept on globalThis because Next.js bundles the start-up code and each
 * route apart: the one set at start serves them all.
 */

/** An event as the catalog's `create` makes it: name, data, id and the schema's version in `v`. */
export type OutgoingEvent = { name: string; data: unknown; id?: string; v?: string };

export type EventTransport = {
  send(event: OutgoingEvent): Promise<unknown>;
};

const holder = globalThis as typeof globalThis & { __pressoEventTransport?: EventTransport };

export function setEventTransport(transport: EventTransport): void {
  holder.__pressoEventTransport = transport;
}

export function eventTransport(): EventTransport {
  const transport = holder.__pressoEventTransport;
  if (!transport) {
    throw new Error(
      "No event transport is set: events are sent through the engine the app connects at start (server/boot wires it; a test wires one with setEventTransport)",
    );
  }
  return transport;
}
