import { getRun } from "../../inngest/embedded/inspect-runs";
import type { Harness } from "../../inngest/embedded/testing/harness";
import { startAppFunctions } from "../../inngest/functions/testing/serve-app-functions";
import { createGuest } from "../auth/accounts";
import { loadActor } from "../auth/actor";
import type { Database } from "../db/connect";
import { createEvent } from "../services/config/create-event";
import type { EventSettings } from "../services/config/event-settings";
import { addMenuItem } from "../services/config/menu";
import { publishOnSend } from "../services/publisher/publish-on-send";
import { addStaffMember } from "../services/staff/membership";
import { createCaller } from "../trpc/root";
import { createTestDb } from "./test-db";

/**
 * A whole booth in one test process: a migrated database, the app's real Inngest functions served by the SDK
 * and driven by the embedded executor, and callers for attendees and baristas going through the same tRPC
 * procedures as the browsers. Events get short windows from their settings so timeouts take seconds.
 */

export type Caller = ReturnType<typeof createCaller>;

let counter = 0;

export async function startLiveBooth() {
  const database: Database = await createTestDb();
  const harness: Harness = await startAppFunctions(database);
  const db = database.prisma;
  // As in the server: pushes go out as events are sent, and the publisher function repeats them (deduplicated).
  publishOnSend();

  const callerFor = async (userId: string): Promise<Caller> => createCaller({ db, actor: await loadActor(db, userId) });

  const booth = {
    database,
    harness,
    db,

    /**
     * A new event with its store open and a one-drink menu (a flat white with a required milk). Its codes last an
     * hour unless a test says otherwise, so a test never straddles the end of a window by chance.
     */
    async openEvent(settings: Partial<EventSettings> = {}) {
      const slug = `booth-${++counter}`;
      const event = await createEvent(db, { slug, name: `Booth ${counter}`, timeZone: "Europe/Lisbon", locale: "pt-PT", qrRotationSeconds: 3600, ...settings });
      await db.event.update({ where: { id: event.id }, data: { storeOpen: true } });
      const item = await addMenuItem(db, event.id, {
        name: "Flat White",
        icon: "flat-white",
        optionGroups: [
          { name: "Milk", selection: "SINGLE", required: true, options: [{ name: "Whole", isDefault: true }, { name: "Oat" }, { name: "Soy", available: false }] },
          { name: "Extras", selection: "MULTIPLE", maxChoices: 2, options: [{ name: "Extra shot" }, { name: "Vanilla" }, { name: "Cinnamon" }] },
        ],
      });
      return { ...event, slug, menuItemId: item.id };
    },

    async attendee(name = `Guest ${++counter}`) {
      const guest = (await createGuest(db, name))!;
      return { id: guest.id, name, caller: await callerFor(guest.id) };
    },

    async barista(slug: string, name = `Barista ${++counter}`) {
      const member = await addStaffMember(db, {
        slug,
        email: `barista-${++counter}@booth.test`,
        role: "BARISTA",
        newAccount: { name, password: "barista-pass" },
      });
      return { id: member.userId, name, caller: await callerFor(member.userId) };
    },

    /** The code the booth screen shows now (read as the display reads it). */
    async currentCode(slug: string, barista: Caller) {
      const { window } = await barista.display.state({ slug });
      if (!window) throw new Error(`the store of ${slug} is closed: no code`);
      return window.code;
    },

    /** Polls the database until `accept` holds (or the time is up, then returns the last value for the assertion). */
    async eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const value = await read();
        if (accept(value) || Date.now() > deadline) return value;
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
    },

    /** The order's workflow run, as the run inspector shows it. */
    async runOf(orderId: string) {
      const [found] = await database.sql.query<{ id: string }>(
        `SELECT id FROM engine."EngineRun" WHERE "functionId" = 'presso-order-lifecycle' AND event->'data'->>'orderId' = $1::text`,
        [orderId],
      );
      const run = found ? await getRun(database.sql, found.id) : null;
      // The waits it is in right now, as the organiser's run view lists them.
      return run && { ...run, waits: run.waits.filter((wait) => wait.resolvedAt === null) };
    },

    /** Starts an order from the current code and waits until the attendee may choose. */
    async startAccepted(slug: string, attendee: Caller, barista: Caller) {
      const { orderId } = await attendee.attendee.startOrder({ slug, code: await booth.currentCode(slug, barista) });
      const order = await booth.eventually(() => attendee.attendee.order({ orderId }), (o) => o.submitBy !== null);
      if (order.submitBy === null) throw new Error(`order ${orderId} was not accepted in time (${order.status})`);
      return orderId;
    },

    /** An accepted order with the default drink, submitted and waiting in the queue. */
    async queuedOrder(slug: string, menuItemId: string, attendee: Caller, barista: Caller) {
      const orderId = await booth.startAccepted(slug, attendee, barista);
      await attendee.attendee.submitOrder({ orderId, choice: { menuItemId } });
      const order = await booth.eventually(() => db.order.findUniqueOrThrow({ where: { id: orderId } }), (o) => o.status === "QUEUED");
      if (order.status !== "QUEUED") throw new Error(`order ${orderId} was not queued in time (${order.status})`);
      return orderId;
    },

    async close() {
      await harness.close();
      await database.close();
    },
  };
  return booth;
}

export type LiveBooth = Awaited<ReturnType<typeof startLiveBooth>>;
