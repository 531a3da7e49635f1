import { inngest } from "../../inngest/client";
import type { CatalogEventName, EventData } from "./catalog";
import { findEventDefinition } from "./catalog";
import { notifyEventSent } from "./sent-listeners";

/**
 * Sends a catalogued event through the configured engine. The data is checked against the event's schema
 * before it leaves (the SDK validates events made by `create`), and the version travels in `v`. Once the engine
 * has it, this process's fast reactions run (see sent-listeners).
 */
export async function sendEvent<Name extends CatalogEventName>(
  name: Name,
  data: EventData<Name>,
  options: { id?: string } = {},
): Promise<string> {
  const definition = findEventDefinition(name);
  if (!definition) throw new Error(`"${name}" is not in the event catalog`);
  const event = (definition.type.create as (data: unknown, options?: { id?: string; v?: string }) => Parameters<typeof inngest.send>[0])(data, {
    ...options,
    v: String(definition.version),
  });
  const { ids } = await inngest.send(event);
  const id = ids[0]!;
  await notifyEventSent({ id, name, data });
  return id;
}
