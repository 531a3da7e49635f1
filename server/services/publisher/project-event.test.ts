import { describe, expect, it } from "vitest";
import { catalog, findEventDefinition } from "../../events/catalog";
import { projectEvent, projectedEvents, projectNotification } from "./project-event";

const at = "2026-11-26T12:00:00.000Z";
const drink = { menuItemId: "m1", name: "Flat White", options: [{ group: "Milk", choice: "Oat" }] };
const samples: Record<string, Record<string, unknown>> = {
  "config/changed": { eventId: "e1", changed: ["storeOpen"], storeOpen: false, changedBy: "b1", changedAt: at },
  "order/accepted": { eventId: "e1", orderId: "o1", attendeeId: "u1", submitBy: at, acceptedAt: at },
  "order/recalled": { eventId: "e1", orderId: "o1", orderNumber: 7, baristaId: "b1", baristaName: "Bruno", recalledAt: at },
  "order/started": { eventId: "e1", orderId: "o1", attendeeId: "u1", attendeeName: "Ana Maria Silva", qrWindowId: "w1", startedAt: at },
  "order/queued": { eventId: "e1", orderId: "o1", orderNumber: 7, attendeeId: "u1", attendeeName: "Ana Maria Silva", drink, queuedAt: at },
  "order/claimed": { eventId: "e1", orderId: "o1", orderNumber: 7, baristaId: "b1", baristaName: "Bruno", claimedAt: at },
  "order/released": { eventId: "e1", orderId: "o1", orderNumber: 7, baristaId: "b1", releasedAt: at },
  "order/completed": { eventId: "e1", orderId: "o1", orderNumber: 7, attendeeName: "Ana Maria Silva", drinkName: "Flat White", baristaId: "b1", completedAt: at },
  "order/picked-up": { eventId: "e1", orderId: "o1", orderNumber: 7, pickedUpAt: at },
  "order/cancelled": { eventId: "e1", orderId: "o1", orderNumber: 7, by: "barista", reason: "Out of oat milk", cancelledAt: at },
  "order/timed-out": { eventId: "e1", orderId: "o1", orderNumber: null, window: "submit", timedOutAt: at },
  "order/rejected": { eventId: "e1", orderId: "o1", attendeeId: "u1", reason: "capacity-full", retryAfter: at, rejectedAt: at },
  "qr/code.redeemed": { eventId: "e1", qrWindowId: "w1", orderId: "o1", attendeeId: "u1", drinksLeft: 3, redeemedAt: at },
  "qr/drink.returned": { eventId: "e1", qrWindowId: "w1", orderId: "o1", drinksLeft: 4, returnedAt: at },
};

describe("what each screen hears", () => {
  it.each(projectedEvents)("%s: valid samples, and pushes only to that event's channels and that order", (name) => {
    const data = samples[name]!;
    expect(findEventDefinition(name)!.schema.safeParse(data).success).toBe(true);
    const pushes = projectEvent(name, data as never);
    expect(pushes.length).toBeGreaterThan(0);
    for (const push of pushes) expect(["event:e1:board", "event:e1:display", "event:e1:queue", "order:o1"]).toContain(push.channel);
  });

  it("tells phones at the event that the menu changed, and only when it did", () => {
    const menuPushes = (changed: string[]) =>
      projectEvent("config/changed", { ...samples["config/changed"], changed } as never).filter((p) => p.channel === "event:e1:queue");
    expect(menuPushes(["menu.Latte"])).toEqual([{ channel: "event:e1:queue", name: "menu.changed", data: {} }]);
    expect(menuPushes(["menu.order"])).toHaveLength(1);
    expect(menuPushes(["storeOpen"])).toEqual([]);
  });

  it("tells the queue that the line moved, by order number only, when a drink leaves it, returns to it or is finished", () => {
    const moved = (name: (typeof projectedEvents)[number], data = samples[name]) =>
      projectEvent(name, data as never).filter((p) => p.channel === "event:e1:queue");
    for (const name of ["order/claimed", "order/released", "order/completed", "order/recalled", "order/cancelled"] as const) {
      expect(moved(name), name).toEqual([{ channel: "event:e1:queue", name: "queue.moved", data: { orderNumber: 7 } }]);
    }
    expect(moved("order/timed-out", { ...samples["order/timed-out"], orderNumber: 7, window: "pickup" })).toHaveLength(1);
    // Joining at the back, or leaving before ever being queued, moves nobody's place.
    for (const name of ["order/queued", "order/started", "order/accepted", "order/picked-up", "order/rejected"] as const) expect(moved(name), name).toEqual([]);
    expect(moved("order/timed-out")).toEqual([]);
    expect(moved("order/cancelled", { ...samples["order/cancelled"], orderNumber: null })).toEqual([]);
  });

  it("never tells the booth screen who anyone is beyond a first name, nor the code", () => {
    for (const name of projectedEvents) {
      for (const push of projectEvent(name, samples[name] as never).filter((p) => p.channel.endsWith(":display"))) {
        const text = JSON.stringify(push.data);
        expect(text, name).not.toMatch(/u1|b1|o1|Maria|Silva|attendeeId|baristaId|code/);
      }
    }
    expect(projectEvent("order/queued", samples["order/queued"] as never).find((p) => p.channel.endsWith(":display"))?.data).toEqual({
      orderNumber: 7,
      firstName: "Ana",
      drink: "Flat White",
    });
  });

  it("never gives staff another user's id on the board: a barista is named, not identified", () => {
    for (const name of projectedEvents) {
      for (const push of projectEvent(name, samples[name] as never).filter((p) => p.channel.endsWith(":board"))) {
        const text = JSON.stringify(push.data);
        expect(text, name).not.toMatch(/u1|b1|attendeeId|baristaId/);
      }
    }
    expect(projectEvent("order/claimed", samples["order/claimed"] as never).find((p) => p.channel.endsWith(":board"))?.data).toMatchObject({
      baristaName: "Bruno",
    });
  });

  it("carries what a screen needs to show the change without a re-read: who makes the drink, when it turned ready", () => {
    const to = (name: (typeof projectedEvents)[number], channel: string) => projectEvent(name, samples[name] as never).find((p) => p.channel === channel)?.data;
    expect(to("order/claimed", "order:o1")).toMatchObject({ status: "MAKING", orderNumber: 7, baristaName: "Bruno", at });
    expect(to("order/recalled", "order:o1")).toMatchObject({ status: "MAKING", baristaName: "Bruno" });
    expect(to("order/completed", "event:e1:display")).toEqual({ orderNumber: 7, firstName: "Ana", drink: "Flat White", readyAt: at });
    expect(to("order/queued", "event:e1:board")).toMatchObject({ orderId: "o1", orderNumber: 7, attendeeName: "Ana Maria Silva", drink, queuedAt: at });
  });

  it("tells the attendee their order's status in plain states, with the reason when there is one", () => {
    const statuses = projectedEvents
      .filter((name) => name.startsWith("order/"))
      .map((name) => projectEvent(name, samples[name] as never).find((p) => p.channel === "order:o1")?.data.status);
    expect(statuses).toEqual(["STARTED", "STARTED", "QUEUED", "MAKING", "QUEUED", "READY", "MAKING", "PICKED_UP", "CANCELLED", "TIMED_OUT", "REJECTED"]);
    expect(projectEvent("order/cancelled", samples["order/cancelled"] as never).find((p) => p.channel === "order:o1")?.data).toMatchObject({
      reason: "Out of oat milk",
      by: "barista",
    });
  });

  it("covers every configuration, order and code event of the catalog", () => {
    const publishable = catalog.map((e) => e.name).filter((n) => (n.startsWith("order/") && n !== "order/submitted") || n.startsWith("qr/") || n.startsWith("config/"));
    expect([...projectedEvents].sort()).toEqual(publishable.sort());
  });
});

describe("what the attendee's phone shows on its lock screen", () => {
  it("a drink made ready: the drink, a first name and the number to show, one notification per order", () => {
    expect(projectNotification("order/completed", samples["order/completed"] as never)).toEqual({
      orderId: "o1",
      title: "Your Flat White is ready",
      body: "Ana, show #7 at the counter.",
      tag: "order:o1",
    });
    // Sent before events carried the drink's name.
    const { drinkName: _, ...older } = samples["order/completed"]!;
    expect(projectNotification("order/completed", older as never)?.title).toBe("Your drink is ready");
  });

  it("nothing else is worth waking a phone for", () => {
    for (const name of projectedEvents.filter((n) => n !== "order/completed")) {
      expect(projectNotification(name, samples[name] as never), name).toBeUndefined();
    }
  });
});
