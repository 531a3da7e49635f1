import type { z } from "zod";

/**
 * One entry of the event catalog: the contract between the service that sends an event and those that react to
 * it. Names are `domain/noun.verb`; `version` changes when the data's shape does (consumers read `event.v`).
 */

export const services = ["qr", "orders", "config", "counter", "publisher", "journal", "staff", "engine", "metrics"] as const;
export type Service = (typeof services)[number];

export type EventDefinition<Name extends string, Schema extends z.ZodObject> = {
  name: Name;
  version: number;
  description: string;
  producer: Service;
  consumers: Service[];
  schema: Schema;
};

export function defineEvent<Name extends string, Schema extends z.ZodObject>(
  name: Name,
  spec: Omit<EventDefinition<Name, Schema>, "name">,
): EventDefinition<Name, Schema> {
  if (!/^[a-z]+\/[a-z]+(?:-[a-z]+)*(?:\.[a-z]+(?:-[a-z]+)*)?$/.test(name)) {
    throw new Error(`Event name "${name}" is not of the form domain/noun.verb`);
  }
  return { name, ...spec };
}
