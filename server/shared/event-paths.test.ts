import { describe, expect, it } from "vitest";
import { eventPaths } from "./event-paths";

describe("an event's screen addresses", () => {
  it("put every screen under the event's scope", () => {
    const paths = eventPaths("lisbon-2026");
    expect(paths).toMatchObject({
      scope: "/e/lisbon-2026/",
      board: "/e/lisbon-2026/barista",
      boardManifest: "/e/lisbon-2026/barista/manifest.webmanifest",
      display: "/e/lisbon-2026/display",
    });
    expect(paths.order("AB12CD")).toBe("/e/lisbon-2026/order?code=AB12CD");
    expect(paths.order()).toBe("/e/lisbon-2026/order");
    expect(paths.orderStatus("ord_1")).toBe("/e/lisbon-2026/orders/ord_1");
    for (const path of [paths.board, paths.display, paths.order("X"), paths.orderStatus("o")]) expect(path.startsWith(paths.scope)).toBe(true);
  });

  it("never let a slug, code or id leave its place in the address", () => {
    const paths = eventPaths("../admin");
    expect(paths.board).toBe("/e/..%2Fadmin/barista");
    expect(paths.menuEditor).toBe("/admin/events/..%2Fadmin/menu");
    expect(eventPaths("demo").order("a&b=c#d")).toBe("/e/demo/order?code=a%26b%3Dc%23d");
    expect(eventPaths("demo").orderStatus("../../api")).toBe("/e/demo/orders/..%2F..%2Fapi");
  });
});
