import { eventType } from "inngest";
import type { z } from "zod";
import type { EventDefinition } from "../server/events/define-event";

/**
 * A catalog entry as the Inngest SDK knows it: a typed trigger for `createFunction` and `waitForEvent`, and
 * `create(data)` for a step that sends. The catalog itself depends on nothing but zod; this is where it meets
 * the engine. One type per event name, made on first use.
 */
const made = new Map<string, unknown>();

export type InngestEvent<Name extends string, Schema extends z.ZodObject> = ReturnType<typeof eventType<Name, Schema>>;

export function inngestEvent<Name extends string, Schema extends z.ZodObject>(definition: EventDefinition<Name, Schema>): InngestEvent<Name, Schema> {
  let type = made.get(definition.name) as InngestEvent<Name, Schema> | undefined;
  if (!type) {
    type = eventType(definition.name, { schema: definition.schema as never, version: String(definition.version) }) as InngestEvent<Name, Schema>;
    made.set(definition.name, type);
  }
  return type;
}
