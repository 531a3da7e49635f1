import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/connect";
import { createTestDb } from "../../testing/test-db";
import { assignOrderNumber } from "./assign-order-number";

let database: Database;
beforeAll(async () => {
  database = await createTestDb();
});
afterAll(async () => {
  await database?.close();
});

describe("order numbers", () => {
  it("200 orders numbered at once get 1 to 200, each once, no gaps", async () => {
    const orderIds = Array.from({ length: 200 }, (_, i) => `rush-${i}`);
    const numbers = await Promise.all(orderIds.map((orderId) => assignOrderNumber(database.prisma, { eventId: "booth-a", day: "2026-11-26", orderId })));
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
  });

  it("asking again for an order's number returns the same number and takes none (a retried step leaves no gap)", async () => {
    const first = await assignOrderNumber(database.prisma, { eventId: "booth-b", day: "2026-11-26", orderId: "retry-1" });
    const again = await assignOrderNumber(database.prisma, { eventId: "booth-b", day: "2026-11-26", orderId: "retry-1" });
    const next = await assignOrderNumber(database.prisma, { eventId: "booth-b", day: "2026-11-26", orderId: "retry-2" });
    expect([first, again, next]).toEqual([1, 1, 2]);
  });

  it("starts again at 1 on each event's new local day, and events do not share numbers", async () => {
    const nextDay = await assignOrderNumber(database.prisma, { eventId: "booth-b", day: "2026-11-27", orderId: "tomorrow-1" });
    const otherEvent = await assignOrderNumber(database.prisma, { eventId: "booth-c", day: "2026-11-26", orderId: "elsewhere-1" });
    expect([nextDay, otherEvent]).toEqual([1, 1]);
  });
});
