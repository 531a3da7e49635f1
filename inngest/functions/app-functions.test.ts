import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../server/config";
import type { Database } from "../../server/db/connect";
import { setEventTransport } from "../../server/events/event-transport";
import { sendEvent } from "../../server/events/send-event";
import { channels } from "../../server/realtime/channels";
import { getHub } from "../../server/realtime/hub";
import { provideRuntimeForTests } from "../../server/boot/runtime";
import { createTestDb } from "../../server/testing/test-db";
import { connectInngestClient, inngest, inngestTransport } from "../client";
import { startHarness, type Harness } from "../embedded/testing/harness";
import { functions } from "./index";

/** The app's own functions, served by the SDK and driven by the embedded executor, as `npm run dev` runs them. */

let database: Database;
let harness: Harness;

beforeAll(async () => {
  database = await createTestDb();
  provideRuntimeForTests({ config: parseConfig({}), database });
  harness = await startHarness({
    appId: "presso",
    database,
    functions: () => functions,
    appClient: {
      client: inngest,
      connect: (connection) => {
        connectInngestClient({ mode: "embedded", ...connection });
        setEventTransport(inngestTransport);
      },
    },
  });
});
afterAll(async () => {
  await harness?.close();
  await database?.close();
});

async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

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
      () => database.prisma.journalEntry.findMany({ where: { orderId: "order-42" } }),
      (rows) => rows.length > 0,
    );
    await harness.executor!.engine.whenIdle();
    expect(id).toBe("journal-test-1");
    expect(await database.prisma.journalEntry.count({ where: { orderId: "order-42" } })).toBe(1);
    expect(entries[0]).toMatchObject({ id, name: "order/started", version: 1, source: "orders", eventId: "booth-1", data });
  });

  it("refuses an event whose data breaks its schema before it is sent", async () => {
    await expect(
      sendEvent("order/started", { eventId: "booth-1" } as unknown as Parameters<typeof sendEvent<"order/started">>[1]),
    ).rejects.toThrow();
    // Only the valid event of the test above ever reached the engine.
    expect(await database.prisma.engineEvent.count({ where: { name: "order/started" } })).toBe(1);
  });
});

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

describe("the engine self-test", () => {
  it("runs a step, a wait answered from inside the run, and a sleep, end to end", async () => {
    await sendEvent("engine/self-test.requested", { testId: "self-1", requestedAt: new Date().toISOString() });
    const run = await eventually(
      () => database.prisma.engineRun.findFirst({ where: { functionId: "presso-engine-self-test" } }),
      (r) => r?.status === "COMPLETED",
    );
    expect(run).toMatchObject({ status: "COMPLETED", output: { testId: "self-1", confirmed: true } });
    const journal = await database.prisma.journalEntry.findMany({ where: { name: { startsWith: "engine/self-test" } } });
    expect(journal.map((e) => e.name).sort()).toEqual(["engine/self-test.confirmed", "engine/self-test.requested"]);
  });
});
