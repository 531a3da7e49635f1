import type { CatalogEventName, EventData } from "../../events/catalog";
import { publish } from "../../realtime/publish";
import { projectEvent, projectedEvents } from "./project-event";

const projected = new Set<string>(projectedEvents);

/**
 * Publishes an event's projection to the screens' channels, each push keyed by the event's id and its place in
 * the projection, so publishing the same event again (fast path, then durable path) pushes nothing new.
 * Returns how many pushes the event has.
 */
export async function publishEvent(name: string, data: unknown, eventId: string): Promise<number> {
  if (!projected.has(name)) return 0;
  const pushes = projectEvent(name as CatalogEventName, data as EventData<CatalogEventName>);
  await Promise.all(pushes.map((push, index) => publish(push.channel, push.name, push.data, `${eventId}:${index}`)));
  return pushes.length;
}
