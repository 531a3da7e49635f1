import { describe, expect, it } from "vitest";
import { sendEvent } from "../../../server/events/send-event";
import { listReceivedEvents } from "../../embedded/inspect-events";
import { eventually, serveAppFunctions } from "../testing/serve-app-functions";

/** The journal's function, served by the SDK and driven by the embedded executor. */
const app = serveAppFunctions();

describe("the journal", () => {
  it("records every catalogued event once, with its version, source and ids", async () => {
    const data = {
      eventId: "booth-1",
      orderId: "order-42",
      attendeeId: "guest-7",
      attendeeName: "Ana",
      qrWindowId: "window-3",
      startedAt: new Date().toISOString(),
    };
    const id = await sendEvent("order/started", data, { id: "journal-test-1" });
    await sendEvent("order/started", data, { id: "journal-test-1" }); // the same event again
    const entries = await eventually(
      () => app.database.prisma.journalEntry.findMany({ where: { orderId: "order-42" } }),
      (rows) => rows.length > 0,
    );
    await app.harness.executor!.engine.whenIdle();
    expect(id).toBe("journal-test-1");
    expect(await app.database.prisma.journalEntry.count({ where: { orderId: "order-42" } })).toBe(1);
    expect(entries[0]).toMatchObject({ id, name: "order/started", version: 1, source: "orders", eventId: "booth-1", data });
  });

  it("refuses an event whose data breaks its schema before it is sent", async () => {
    await expect(
      sendEvent("order/started", { eventId: "booth-1" } as unknown as Parameters<typeof sendEvent<"order/started">>[1]),
    ).rejects.toThrow();
    // Only the valid event of the test above ever reached the engine.
    expect(await listReceivedEvents(app.database.sql, { name: "order/started" })).toHaveLength(1);
  });
});
