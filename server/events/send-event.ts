import { randomUUID } from "node:crypto";
import type { CatalogEventName, EventData } from "./catalog";
import { eventTransport, type OutgoingEvent } from "./event-transport";
import { notifyEventSent } from "./sent-listeners";
import { catalogued } from "./validate-event";

/**
 * Sends a catalogued event through the engine injected at start (see event-transport). The data is checked against
 * the event's schema before anything happens; the version travels in `v`. The event gets its id here, so this process's fast reactions (see sent-listeners) run first, keyed by
 * it, and screens hear the change without waiting for the engine.
 */
export async function sendEvent<Name extends CatalogEventName>(
  name: Name,
  data: EventData<Name>,
  options: { id?: string } = {},
): Promise<string> {
  const definition = catalogued(name, data);
  const transport = eventTransport();
  const id = options.id ?? randomUUID();
  await notifyEventSent({ id, name, data });
  const event: OutgoingEvent = { name, data, id, v: String(definition.version) };
  await transport.send(event);
  return id;
}
