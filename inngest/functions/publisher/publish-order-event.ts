import { inngest } from "../../client";
import { findEventDefinition } from "../../../server/events/catalog";
import { projectEvent, projectedEvents } from "../../../server/services/publisher/project-event";
import { parseChannel } from "../../../server/realtime/channels";
import { publish } from "../../../server/realtime/publish";

/**
 * The publisher service, for orders and codes: each event becomes the pushes of its projection, one step per
 * channel (a retry never repeats a push that went out). It is the only producer of realtime messages.
 */
export const publishOrderEvent = inngest.createFunction(
  {
    id: "publisher-order-events",
    name: "Publisher: orders and codes",
    triggers: projectedEvents.map((name) => findEventDefinition(name)!.type),
  },
  async ({ event, step }) => {
    const pushes = projectEvent(event.name as (typeof projectedEvents)[number], event.data as never);
    for (const push of pushes) {
      // One push per kind of channel, so the kind names the step.
      await step.run(`publish-to-${parseChannel(push.channel)?.kind ?? "channel"}`, () => publish(push.channel, push.name, push.data));
    }
    return { pushed: pushes.length };
  },
);
