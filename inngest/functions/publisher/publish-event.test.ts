import webpush from "web-push";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendEvent } from "../../../server/events/send-event";
import { channels } from "../../../server/realtime/channels";
import { getHub } from "../../../server/realtime/hub";
import { projectedEvents } from "../../../server/services/publisher/project-event";
import { publishOnSend } from "../../../server/services/publisher/publish-on-send";
import { savePushSubscription } from "../../../server/services/publisher/save-push-subscription";
import { pushReceiver, startPushServiceStandIn } from "../../../server/testing/push-service-stand-in";
import { provideWorkflowDependencies } from "../../client";
import { getRun, listRuns } from "../../embedded/inspect-runs";
import { eventually, serveAppFunctions } from "../testing/serve-app-functions";

/** The publisher's durable path, served by the SDK and driven by the embedded executor. */
const served = serveAppFunctions();

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

describe("the publisher's triggers", () => {
  it("start a run for each event it projects, and none for the others of their domains", async () => {
    await sendEvent("order/picked-up", { eventId: "booth-5", orderId: "order-55", orderNumber: 3, pickedUpAt: new Date().toISOString() });
    // Not projected (no screen shows a choice before it is numbered): caught by the order/* wildcard, filtered out.
    await sendEvent("order/submitted", {
      eventId: "booth-5",
      orderId: "order-56",
      attendeeId: "guest-5",
      drink: { menuItemId: "m1", name: "Cortado", options: [] },
      submittedAt: new Date().toISOString(),
    });
    await served.harness.executor!.engine.whenIdle();
    const runs = await listRuns(served.database.sql, { functionId: "presso-publisher" });
    const triggeredBy = runs.map((run) => (run.trigger as { name?: string }).name);
    expect(triggeredBy).toContain("order/picked-up");
    expect(triggeredBy).not.toContain("order/submitted");
    // Every run the publisher ever started here was for an event it projects: the wildcards' filter held.
    const projected = new Set<string>(projectedEvents);
    for (const name of triggeredBy) expect(projected.has(name!), name).toBe(true);
  });
});

describe("the publisher, for phones that asked to be told", () => {
  let service: Awaited<ReturnType<typeof startPushServiceStandIn>>;
  const webPush = { ...webpush.generateVAPIDKeys(), subject: "mailto:booth@presso.test", localEndpoints: true };
  beforeAll(async () => {
    service = await startPushServiceStandIn();
    provideWorkflowDependencies({ db: served.database.prisma, webPush });
  });
  afterAll(async () => {
    provideWorkflowDependencies({ db: served.database.prisma, webPush: undefined });
    publishOnSend();
    await service?.close();
  });

  it("a ready order sends one push to the phone waiting for it, though the fast and the durable path both publish it", async () => {
    // Both paths on, as in the app: this process's fast path and the durable function the executor runs.
    publishOnSend({ db: served.database.prisma, webPush });
    const phone = pushReceiver();
    const endpoint = service.endpoint("ana");
    await savePushSubscription(
      served.database.prisma,
      { userId: "guest-ana", orderId: "order-88", orderPath: "/e/booth-8/orders/order-88", subscription: { endpoint, keys: phone.keys } },
      webPush,
    );
    const ready = new Promise<void>((resolve) => {
      const stop = getHub().subscribe([channels.order("order-88")], () => {
        stop();
        resolve();
      });
    });
    const eventKey = await sendEvent("order/completed", {
      eventId: "booth-8",
      orderId: "order-88",
      orderNumber: 21,
      attendeeName: "Ana Lima",
      drinkName: "Cortado",
      baristaId: "barista-1",
      completedAt: new Date().toISOString(),
    });
    await ready;
    const messages = await eventually(async () => service.received.filter((m) => m.path === "/push/ana"), (found) => found.length >= 1);
    expect(JSON.parse(phone.decrypt(messages[0]!.body))).toMatchObject({ title: "Your Cortado is ready", body: "Ana, show #21 at the counter." });
    // The durable run for the same event has run too, and found the push already claimed (or made it itself).
    await served.harness.executor!.engine.whenIdle();
    const runs = await listRuns(served.database.sql, { functionId: "presso-publisher", status: "COMPLETED" });
    const durable = runs.filter((run) => (run.trigger as { id?: string }).id === eventKey);
    expect(durable).toHaveLength(1);
    // The board, the booth screen, the order's channel and the queue's.
    expect((await getRun(served.database.sql, durable[0]!.id))?.output).toMatchObject({ pushed: 4 });
    expect(service.received.filter((m) => m.path === "/push/ana")).toHaveLength(1);
    expect(await served.database.prisma.pushDelivery.findMany({ where: { eventKey } })).toHaveLength(1);
  });
});
