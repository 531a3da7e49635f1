import { inngest } from "../../client";
import { configChanged } from "../../../server/events/catalog";
import { channels } from "../../../server/realtime/channels";
import { publish } from "../../../server/realtime/publish";

/**
 * The publisher service, for configuration: tells the staff board and the booth screen that an event's settings
 * changed, so they re-read. It is the only producer of realtime messages; each publish is a step, so a retry
 * never repeats one that went out.
 */
export const publishConfigChange = inngest.createFunction(
  { id: "publisher-config-changed", name: "Publisher: configuration changed", triggers: [configChanged.type] },
  async ({ event, step }) => {
    const { eventId, changed, storeOpen } = event.data;
    await step.run("publish-to-board", () => publish(channels.board(eventId), "config.changed", { changed, storeOpen }));
    await step.run("publish-to-display", () => publish(channels.display(eventId), "config.changed", { storeOpen }));
  },
);
