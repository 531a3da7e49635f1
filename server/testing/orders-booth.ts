import { afterAll, beforeAll } from "vitest";
import type { Prisma } from "../db/client";
import { startEventSink } from "./event-sink";
import { placeOrder } from "./order-factory";
import { createTestDb } from "./test-db";

/**
 * For the orders service's tests only: a fresh database with one event, orders put straight into the state a test
 * starts from, and what the service announced, read back from an engine that stores events and runs nothing.
 */
async function openTestBooth(settings: Partial<Prisma.EventCreateInput> = {}) {
  const database = await createTestDb();
  const sink = await startEventSink(database);
  const db = database.prisma;
  // Written directly rather than through the config service: a service's code does not reach into another's.
  const event = await db.event.create({ data: { slug: "booth", name: "Booth", timeZone: "Europe/Lisbon", locale: "pt-PT", ...settings } });
  let guests = 0;
  let events = 0;
  return {
    db,
    event,
    /** Another event, for a test that counts or lists orders and must not see the other tests' orders. */
    addEvent: (more: Partial<Prisma.EventCreateInput> = {}) =>
      db.event.create({ data: { slug: `booth-${++events}`, name: `Booth ${events}`, timeZone: "Europe/Lisbon", locale: "pt-PT", ...more } }),
    /** An order (at the booth's event and of a new attendee unless told), as the workflow and the baristas would have left it. */
    place: (input: Omit<Parameters<typeof placeOrder>[1], "eventId" | "attendeeId"> & { eventId?: string; attendeeId?: string }) =>
      placeOrder(db, { eventId: event.id, attendeeId: `guest-${++guests}`, ...input }),
    orderOf: (orderId: string) => db.order.findUniqueOrThrow({ where: { id: orderId } }),
    /** The data of the events with this name sent about one order, oldest first. */
    sent: async (name: string, orderId: string) => (await sink.sent(name)).filter((data) => data.orderId === orderId),
    async close() {
      await sink.close();
      await database.close();
    },
  };
}
type TestBooth = Awaited<ReturnType<typeof openTestBooth>>;

/** A booth opened before the tests of the file that calls it and closed after them; use it inside the tests. */
export function setUpTestBooth(settings?: Partial<Prisma.EventCreateInput>): TestBooth {
  const booth = {} as TestBooth;
  beforeAll(async () => {
    Object.assign(booth, await openTestBooth(settings));
  });
  afterAll(() => booth.close?.());
  return booth;
}
