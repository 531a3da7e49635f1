import { describe, expect, it } from "vitest";
import { sendEvent } from "../../../server/events/send-event";
import { channels } from "../../../server/realtime/channels";
import { getHub } from "../../../server/realtime/hub";
import { eventually, serveAppFunctions } from "../testing/serve-app-functions";

/** The publisher's durable path, served by the SDK and driven by the embedded executor. */
serveAppFunctions();

describe("the publisher", () => {
  it("pushes a configuration change to the event's board and display, and nothing secret to the display", async () => {
    const heard: { channel: string; name: string; data: unknown }[] = [];
    const stop = getHub().subscribe([channels.board("booth-9"), channels.display("booth-9")], (m) => heard.push(m));
    await sendEvent("config/changed", {
      eventId: "booth-9",
      changed: ["menu.Mocha.available"],
      storeOpen: true,
      changedBy: "barista-1",
      changedAt: new Date().toISOString(),
    });
    await eventually(async () => heard.length, (n) => n >= 2);
    stop();
    expect(heard.map((m) => [m.channel, m.name, m.data])).toEqual([
      [channels.board("booth-9"), "config.changed", { changed: ["menu.Mocha.available"], storeOpen: true }],
      [channels.display("booth-9"), "config.changed", { storeOpen: true }],
    ]);
  });
});

describe("the publisher, for orders", () => {
  it("pushes a queued order to the board, the booth screen and the attendee's own channel", async () => {
    const watched = [channels.board("booth-7"), channels.display("booth-7"), channels.order("order-77")];
    const heard: { channel: string; name: string }[] = [];
    const stop = getHub().subscribe(watched, (m) => heard.push(m));
    await sendEvent("order/queued", {
      eventId: "booth-7",
      orderId: "order-77",
      orderNumber: 12,
      attendeeId: "guest-1",
      attendeeName: "Zoë Lima",
      drink: { menuItemId: "m1", name: "Cortado", options: [] },
      queuedAt: new Date().toISOString(),
    });
    await eventually(async () => heard.length, (n) => n >= 3);
    stop();
    expect(heard.map((m) => [m.channel, m.name])).toEqual([
      [channels.board("booth-7"), "order.queued"],
      [channels.display("booth-7"), "order.queued"],
      [channels.order("order-77"), "order.status"],
    ]);
  });
});
