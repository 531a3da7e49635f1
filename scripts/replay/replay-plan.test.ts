import { describe, expect, it } from "vitest";
import { morningBooth, morningEvents } from "../../server/testing/booth-morning";
import { orderStory } from "../../server/testing/order-story";
import type { JournalLine } from "./journal-file";
import { planDurationMs, planReplay } from "./replay-plan";

const asLines = (events: { name: string; data: Record<string, unknown> }[]): JournalLine[] => events.map((event, i) => ({ line: i + 1, name: event.name, ts: null, data: event.data }));
const morning = asLines(morningEvents);
const storeSwitch = (at: string, open: boolean, changed = ["storeOpen"], extra: Record<string, unknown> = {}) => ({
  name: "config/changed",
  data: { eventId: morningBooth.eventId, changed, storeOpen: open, changedBy: "organiser-1", changedAt: at, ...extra },
});

describe("a recorded day as a replay plan", () => {
  it("turns each order's story into the commands that made it, at its recorded times divided by the speed", () => {
    const plan = planReplay(morning, 10);
    const o1 = plan.orders.find((order) => order.recordedOrderId === "o1")!;
    expect(o1.attendee).toEqual({ id: "guest-1", name: "Ana Lima" });
    expect(o1.startAtMs).toBe(0);
    expect(o1.steps).toEqual([
      { kind: "submit", drink: { name: "Latte", options: [] }, atMs: 2_000 },
      { kind: "claim", baristaId: "barista-1", atMs: 4_000 },
      { kind: "complete", baristaId: "barista-1", atMs: 10_000 },
      { kind: "pickUp", baristaId: "barista-1", atMs: 70_000 },
    ]);
    expect(o1.recordedEnding).toBe("PICKED_UP");
    expect(plan.baristas).toEqual([{ id: "barista-1", name: "Bruno" }, { id: "barista-2", name: "Carla" }]);
    expect(plan.sourceEventId).toBe(morningBooth.eventId);
  });

  it("scales every time by the speed: an order 5 minutes in starts at 5 minutes at 1x and at 3 seconds at 100x", () => {
    expect(planReplay(morning, 1).orders.find((o) => o.recordedOrderId === "o2")!.startAtMs).toBe(300_000);
    expect(planReplay(morning, 100).orders.find((o) => o.recordedOrderId === "o2")!.startAtMs).toBe(3_000);
    // The last command is o7's start, 50 minutes in (o1's pick-up came at 11 min 40 s).
    expect(planDurationMs(planReplay(morning, 100))).toBe(30_000);
  });

  it("keeps who cancelled and why, and leaves timeouts and rejections to the booth (no command made them)", () => {
    const plan = planReplay(morning, 1);
    const byId = (id: string) => plan.orders.find((order) => order.recordedOrderId === id)!;
    expect(byId("o4").steps).toEqual([{ kind: "cancel", by: "attendee", baristaId: null, reason: "You cancelled it.", afterAcceptance: true, atMs: 30 * 60_000 + 30_000 }]);
    expect(byId("o5").steps.at(-1)).toEqual({ kind: "cancel", by: "barista", baristaId: "barista-1", reason: "Out of oat milk, sorry", afterAcceptance: true, atMs: 35 * 60_000 + 60_000 });
    expect(byId("o6")).toMatchObject({ steps: [], recordedEnding: "TIMED_OUT" });
    expect(byId("o7")).toMatchObject({ steps: [], recordedEnding: "REJECTED" });
    // A recall is a command too: o3 is made twice.
    expect(byId("o3").steps.map((step) => step.kind)).toEqual(["submit", "claim", "complete", "recall", "complete", "pickUp"]);
  });

  it("marks a cancel made before the booth accepted the order, so the replay does not wait for an acceptance that never came", () => {
    const quick = orderStory({ eventId: morningBooth.eventId, orderId: "quick", start: "2026-12-02T15:50:00Z" }).redeemed(0).started(0).cancelled(1, "attendee", "You cancelled it.", false).events;
    const plan = planReplay(asLines([...morningEvents, ...quick]), 1);
    expect(plan.orders.find((order) => order.recordedOrderId === "quick")!.steps).toMatchObject([{ kind: "cancel", afterAcceptance: false }]);
  });

  it("replays the store switch and sold-out switches with their new value, and says what it leaves out", () => {
    const day = asLines([
      storeSwitch("2026-12-02T14:49:00Z", true),
      ...morningEvents,
      storeSwitch("2026-12-02T15:00:00Z", true, ["menu.Latte.available"], { available: false }),
      storeSwitch("2026-12-02T15:01:00Z", true, ["menu.Milk.Oat.available"], { available: true }),
      storeSwitch("2026-12-02T15:02:00Z", true, ["menu.Mocha.available"]),
      storeSwitch("2026-12-02T15:03:00Z", true, ["submitWindowSeconds"]),
      storeSwitch("2026-12-02T15:50:00Z", false),
      // An order of the day before, whose pick-up falls in this file.
      ...orderStory({ eventId: morningBooth.eventId, orderId: "yesterday", start: "2026-12-02T04:00:00Z" }).pickedUp(36_000 + 3000).events,
    ]);
    const plan = planReplay(day, 60);
    expect(plan.booth).toEqual([
      { kind: "store", open: true, atMs: 0 },
      { kind: "drink", drink: "Latte", available: false, atMs: 11_000 },
      { kind: "option", group: "Milk", option: "Oat", available: true, atMs: 12_000 },
      { kind: "store", open: false, atMs: 61_000 },
    ]);
    expect(plan.openAtStart).toBe(false); // the recording opens it itself
    expect(plan.leftOut).toEqual([
      "1 order(s) that began before the file's first line",
      "1 menu or settings change(s): the new event has the source event's menu and settings as they are now",
      "1 sold-out switch(es) recorded without their new value (journals from before it was kept)",
    ]);
    expect(plan.orders.map((order) => order.recordedOrderId)).not.toContain("yesterday");
  });

  it("opens the store at the start when the recording begins with it open (its first switch closes it, or there is none)", () => {
    expect(planReplay(morning, 1).openAtStart).toBe(true);
    expect(planReplay(asLines([...morningEvents, storeSwitch("2026-12-02T16:00:00Z", false)]), 1).openAtStart).toBe(true);
  });

  it("refuses a speed outside 1 to 100", () => {
    expect(() => planReplay(morning, 0.5)).toThrow("the speed is from 1 to 100");
    expect(() => planReplay(morning, 101)).toThrow("the speed is from 1 to 100");
  });
});
