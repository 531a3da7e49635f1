import { describe, expect, it } from "vitest";
import { applyDisplayPush } from "./apply-display-push";
import type { DisplayState } from "./display-types";

const now = Date.parse("2026-12-02T10:00:00Z");
const screen = (orders: Partial<DisplayState["orders"]> = {}): DisplayState => ({
  event: { id: "e1", slug: "demo", name: "Demo", brandColor: "#0a7", logoDigest: null, storeOpen: true, readyDisplaySeconds: 120 },
  window: { id: "w1", code: "c", startsAt: new Date(now - 60_000), endsAt: new Date(now + 240_000), drinksLeft: 5, drinksTotal: 10, hideCodeSeconds: 15 },
  orders: { preparing: [], ready: [], ...orders },
  orderAddress: { publicUrl: null, lanAddresses: [] },
  serverTime: new Date(now - 5000),
});
const ana = { orderNumber: 3, firstName: "Ana", drink: "Flat White" };
const bea = { orderNumber: 4, firstName: "Bea", drink: "Latte" };
const readyAna = { ...ana, readyAt: new Date(now - 1000), leavesAt: new Date(now + 119_000) };

describe("the booth screen applies a pushed change to what it shows", () => {
  it("lists a new order in Preparing, by number, once however often it is pushed", () => {
    const once = applyDisplayPush(screen({ preparing: [bea] }), { name: "order.queued", data: ana }, now)!;
    expect(once.orders.preparing).toEqual([ana, bea]);
    expect(once.serverTime).toEqual(new Date(now));
    expect(applyDisplayPush(once, { name: "order.queued", data: ana }, now)).toBe(once);
  });

  it("moves a ready drink to Ready, listed for the event's time from when it turned ready", () => {
    const readyAt = new Date(now - 2000).toISOString();
    const next = applyDisplayPush(screen({ preparing: [ana, bea] }), { name: "order.ready", data: { orderNumber: 3, firstName: "Ana", drink: "Flat White", readyAt } }, now)!;
    expect(next.orders.preparing).toEqual([bea]);
    expect(next.orders.ready).toEqual([{ ...ana, readyAt: new Date(readyAt), leavesAt: new Date(now - 2000 + 120_000) }]);
  });

  it("takes a collected or cancelled drink off either list, and a recalled one back to Preparing", () => {
    expect(applyDisplayPush(screen({ ready: [readyAna] }), { name: "order.gone", data: { orderNumber: 3 } }, now)!.orders).toEqual({ preparing: [], ready: [] });
    expect(applyDisplayPush(screen({ preparing: [ana, bea] }), { name: "order.gone", data: { orderNumber: 4 } }, now)!.orders.preparing).toEqual([ana]);
    const recalled = applyDisplayPush(screen({ preparing: [bea], ready: [readyAna] }), { name: "order.preparing", data: { orderNumber: 3 } }, now)!;
    expect(recalled.orders).toEqual({ preparing: [ana, bea], ready: [] });
    const unchanged = screen({ preparing: [ana] });
    expect(applyDisplayPush(unchanged, { name: "order.preparing", data: { orderNumber: 3 } }, now)).toBe(unchanged);
    expect(applyDisplayPush(unchanged, { name: "order.gone", data: { orderNumber: 9 } }, now)).toBe(unchanged);
  });

  it("counts down the drinks left of the code it shows", () => {
    expect(applyDisplayPush(screen(), { name: "qr.drinks-left", data: { qrWindowId: "w1", drinksLeft: 4 } }, now)!.window!.drinksLeft).toBe(4);
  });

  it("asks for a re-read when it cannot know what to show", () => {
    // A recalled drink it never listed, another code window, the store switched, a push it does not know, a
    // push without what it needs.
    expect(applyDisplayPush(screen(), { name: "order.preparing", data: { orderNumber: 3 } }, now)).toBeNull();
    expect(applyDisplayPush(screen(), { name: "qr.drinks-left", data: { qrWindowId: "w2", drinksLeft: 9 } }, now)).toBeNull();
    expect(applyDisplayPush(screen(), { name: "config.changed", data: { storeOpen: false } }, now)).toBeNull();
    expect(applyDisplayPush(screen(), { name: "order.new-kind", data: {} }, now)).toBeNull();
    expect(applyDisplayPush(screen(), { name: "order.ready", data: { orderNumber: 3, firstName: "Ana" } }, now)).toBeNull();
    expect(applyDisplayPush(screen(), { name: "order.queued", data: { orderNumber: "3" } }, now)).toBeNull();
  });
});
