import { z } from "zod";
import { findEventDefinition, type CatalogEvent } from "./catalog";

export type EventCheck =
  | { ok: true; definition: CatalogEvent; data: Record<string, unknown> }
  | { ok: false; errors: string[] };

/** Checks a name and data against the catalog, with messages a person can act on. */
export function validateEvent(name: string, data: unknown): EventCheck {
  const definition = findEventDefinition(name);
  if (!definition) return { ok: false, errors: [`"${name}" is not in the event catalog`] };
  const parsed = definition.schema.safeParse(data);
  if (!parsed.success) {
    return { ok: false, errors: [`${name} v${definition.version}: the data does not match its schema`, z.prettifyError(parsed.error)] };
  }
  return { ok: true, definition, data: parsed.data as Record<string, unknown> };
}

/** For code that sends or stages an event: the event's definition, or an error naming what the catalog refused. */
export function catalogued(name: string, data: unknown): CatalogEvent {
  const check = validateEvent(name, data);
  if (!check.ok) throw new Error(check.errors.join("\n"));
  return check.definition;
}
