import { createECDH, randomBytes } from "node:crypto";
import { createEvent } from "../services/config/create-event";
import { addMenuItem } from "../services/config/menu";
import { currentWindow } from "../services/qr/current-window";
import { recordEvent } from "../services/journal/record-event";
import { placeOrder } from "./order-factory";
import { testPng } from "./pictures";
import type { World, Role } from "./world";

/**
 * Every procedure of the app router with a valid input and the roles that may call it: the single table that
 * the access and bad-input tests walk. A procedure missing here fails the tests.
 */

export type ProcedureCase = {
  /** Roles that may call it; every other role is refused (401 anonymous, 403 signed in). */
  allowed: Role[];
  /** A valid input for an allowed caller, built against the world (null: the procedure takes no input). */
  input: ((world: World, role: Role) => Promise<Record<string, unknown>> | Record<string, unknown>) | null;
  /** Top-level (and nested, dotted) fields that may be left out. */
  optional?: string[];
};

const everyone: Role[] = ["anonymous", "attendee", "otherAttendee", "baristaOfOtherEvent", "barista", "organiser"];
const attendees: Role[] = ["attendee", "otherAttendee"];
const organiser: Role[] = ["organiser"];

let counter = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}`;

async function firstDemoItemId(world: World) {
  const item = await world.database.prisma.menuItem.findFirstOrThrow({
    where: { eventId: world.demoEventId },
    orderBy: { sortOrder: "asc" },
  });
  return item.id;
}

/** The attendee an order belongs to: the caller when they are an attendee, else the first attendee. */
const ownerFor = (world: World, role: Role) => world.actors[role === "otherAttendee" ? "otherAttendee" : "attendee"] as { userId: string; name: string };

/** An order at the demo event in a given state, owned by the caller (attendees) or claimed by them (baristas). */
async function orderFor(world: World, role: Role, status: "STARTED" | "QUEUED" | "MAKING" | "READY") {
  const owner = ownerFor(world, role);
  const caller = world.actors[role];
  const barista = caller.kind === "staff" ? { id: caller.userId, name: caller.name } : undefined;
  const order = await placeOrder(world.database.prisma, { eventId: world.demoEventId, attendeeId: owner.userId, attendeeName: owner.name, status, barista });
  return { slug: "demo", orderId: order.id };
}

/** An order of the demo event that the journal has seen start, so its journey has a first step. */
async function journalledOrder(world: World) {
  const owner = world.actors.attendee as { userId: string; name: string };
  const order = await placeOrder(world.database.prisma, { eventId: world.demoEventId, attendeeId: owner.userId, attendeeName: owner.name, status: "STARTED" });
  const startedAt = new Date().toISOString();
  const data = { eventId: world.demoEventId, orderId: order.id, attendeeId: owner.userId, attendeeName: owner.name, qrWindowId: "window-1", startedAt };
  await recordEvent(world.database.prisma, { id: unique("journey-start"), name: "order/started", data, v: "1" });
  return { slug: "demo", orderId: order.id };
}

/** A fresh open event with its current code, so starting an order there meets no limit left by another case. */
async function openBoothWithCode(world: World) {
  const event = await createEvent(world.database.prisma, { slug: unique("open"), name: "Open Booth", timeZone: "Europe/Lisbon", locale: "pt-PT" });
  await world.database.prisma.event.update({ where: { id: event.id }, data: { storeOpen: true } });
  const window = await currentWindow(world.database.prisma, { eventId: event.id, qrRotationSeconds: 300, drinksPerCode: 10 });
  return { slug: event.slug, code: window.code };
}

/** What a browser's PushSubscription.toJSON() gives, with an endpoint of its own each time. */
function browserPushSubscription() {
  const browser = createECDH("prime256v1");
  browser.generateKeys();
  return {
    endpoint: `https://push.example.test/send/${randomBytes(12).toString("base64url")}`,
    keys: { p256dh: browser.getPublicKey("base64url"), auth: randomBytes(16).toString("base64url") },
  };
}

/** A drink of its own at the demo event, for a case that edits, moves or removes one. */
async function freshDrinkId(world: World) {
  const item = await addMenuItem(world.database.prisma, world.demoEventId, { name: unique("Chai"), icon: "tea" });
  return item.id;
}

async function menuItemId(world: World, name: string) {
  return (await world.database.prisma.menuItem.findFirstOrThrow({ where: { eventId: world.demoEventId, name } })).id;
}

export const procedureCases: Record<string, ProcedureCase> = {
  "event.publicInfo": { allowed: everyone, input: () => ({ slug: "demo" }) },
  "event.menu": { allowed: everyone, input: () => ({ slug: "demo" }) },
  "me.whoAmI": { allowed: everyone, input: null },
  "me.renameGuest": { allowed: attendees, input: () => ({ name: "Ana Maria" }) },
  "staff.checkIn": { allowed: ["barista", "organiser"], input: () => ({ slug: "demo", screen: "BOARD" }) },
  "staff.myEvents": { allowed: ["baristaOfOtherEvent", "barista", "organiser"], input: null },
  "staff.event": { allowed: ["barista", "organiser"], input: () => ({ slug: "demo" }) },
  "staff.setItemAvailability": {
    allowed: ["barista", "organiser"],
    input: async (world) => ({ slug: "demo", menuItemId: await firstDemoItemId(world), available: true }),
  },
  "staff.setOptionAvailability": {
    allowed: ["barista", "organiser"],
    input: () => ({ slug: "demo", group: "Milk", option: "Oat", available: true }),
  },
  "admin.events.list": { allowed: organiser, input: null },
  "admin.events.create": {
    allowed: organiser,
    input: () => ({ slug: unique("booth"), name: "Booth Berlin", timeZone: "Europe/Berlin", locale: "de-DE" }),
    optional: [
      "brandColor",
      "qrRotationSeconds",
      "drinksPerCode",
      "maxOpenOrders",
      "maxOpenOrdersPerAttendee",
      "maxOrdersPerAttendeePerDay",
      "submitWindowSeconds",
      "baristaWindowSeconds",
      "readyDisplaySeconds",
    ],
  },
  "admin.events.get": { allowed: organiser, input: () => ({ slug: "demo" }) },
  "admin.events.clone": {
    allowed: organiser,
    // From an event of its own: a copy of the demo would put the world's barista on the staff of one more event.
    input: async (world) => {
      const source = await world.database.prisma.event.create({ data: { slug: unique("source"), name: "Source", timeZone: "UTC", locale: "en" } });
      return { from: source.slug, slug: unique("copy"), name: "Copy" };
    },
  },
  "admin.events.setLogo": {
    allowed: organiser,
    input: () => ({ slug: "demo", image: Buffer.from(testPng()).toString("base64") }),
  },
  "admin.events.removeLogo": { allowed: organiser, input: () => ({ slug: "demo" }) },
  "admin.events.updateSettings": {
    allowed: organiser,
    input: () => ({ slug: "demo", changes: { drinksPerCode: 12, name: "Presso Demo Booth" } }),
    optional: ["changes.drinksPerCode", "changes.name"],
  },
  "admin.menu.add": {
    allowed: organiser,
    input: () => ({ slug: "demo", item: { name: unique("Matcha"), icon: "matcha", optionGroups: [] } }),
    optional: ["item.description", "item.station", "item.available", "item.optionGroups"],
  },
  "admin.menu.get": { allowed: organiser, input: () => ({ slug: "demo" }) },
  "admin.menu.update": {
    allowed: organiser,
    input: async (world) => ({ slug: "demo", menuItemId: await freshDrinkId(world), item: { name: unique("Matcha"), icon: "matcha", optionGroups: [] } }),
    optional: ["item.description", "item.station", "item.available", "item.optionGroups"],
  },
  "admin.menu.remove": { allowed: organiser, input: async (world) => ({ slug: "demo", menuItemId: await freshDrinkId(world) }) },
  "admin.menu.move": { allowed: organiser, input: async (world) => ({ slug: "demo", menuItemId: await freshDrinkId(world), direction: "up" }) },
  "admin.menu.place": {
    allowed: organiser,
    input: async (world) => {
      const menuItemId = await freshDrinkId(world);
      const menu = await world.database.prisma.menuItem.findMany({ where: { eventId: world.demoEventId }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] });
      return { slug: "demo", menuItemId, position: 0, seenOrder: menu.map((item) => item.id) };
    },
  },
  "admin.staff.list": { allowed: organiser, input: () => ({ slug: "demo" }) },
  "admin.staff.onShift": { allowed: organiser, input: () => ({ slug: "demo" }) },
  "admin.staff.pairingCode": { allowed: organiser, input: () => ({ slug: "demo", role: "DISPLAY", name: "Hall B screen" }) },
  "admin.staff.add": {
    allowed: organiser,
    input: () => ({ slug: "demo", email: `${unique("new")}@test.local`, role: "BARISTA", newAccount: { name: "Nia New", password: "new-pass-123" } }),
    optional: ["role", "newAccount"],
  },
  "admin.robots.status": { allowed: organiser, input: () => ({ slug: "demo" }) },
  // Nothing listens at the test world's port (world.ts): the robots' first call fails, so they stop at once. The
  // pace and the minutes take fractions, which the hostile-input table counts as hostile: robot-crew.test.ts has them.
  "admin.robots.start": { allowed: organiser, input: () => ({ slug: "demo", crew: { attendees: 1, baristas: 1 } }) },
  "admin.robots.stop": { allowed: organiser, input: () => ({ slug: "demo" }) },
  "admin.metrics.summary": {
    allowed: organiser,
    input: () => ({ slug: "demo", from: "2026-12-02T09:00:00Z", to: "2026-12-02T18:00:00+01:00" }),
    optional: ["from", "to"],
  },
  "admin.metrics.hourlyCsv": { allowed: organiser, input: () => ({ slug: "demo", day: "2026-12-02" }) },
  "admin.metrics.ordersCsv": { allowed: organiser, input: () => ({ slug: "demo", day: "2026-12-02" }) },
  "runs.list": { allowed: organiser, input: () => ({ status: "COMPLETED", limit: 10 }), optional: ["status", "limit"] },
  "runs.get": {
    allowed: organiser,
    input: async (world) => {
      const runId = unique("run");
      await world.database.sql.query(
        `INSERT INTO engine."EngineRun" (id, "functionId", "eventId", event, "maxAttempts") VALUES ($1, 'presso-demo', $2, '{"name":"x/y","data":{}}'::jsonb, 1)`,
        [runId, unique("evt")],
      );
      return { runId };
    },
  },
  "runs.selfTest": { allowed: organiser, input: null },
  "journal.forEvent": { allowed: organiser, input: () => ({ slug: "demo" }), optional: ["limit"] },
  "journal.forOrder": { allowed: organiser, input: () => ({ orderId: "order-1" }) },
  "journal.day": { allowed: organiser, input: () => ({ slug: "demo", day: "2026-12-02" }) },
  "journal.browse": {
    allowed: organiser,
    input: () => ({ slug: "demo", order: "1", name: "order/queued", from: "2026-01-01T00:00", to: "2036-01-01T00:00", limit: 20 }),
    optional: ["slug", "order", "name", "from", "to", "limit"],
  },
  "journey.order": { allowed: ["barista", "organiser"], input: (world) => journalledOrder(world) },
  "journey.findByNumber": { allowed: ["barista", "organiser"], input: () => ({ slug: "demo", orderNumber: 1 }) },
  "admin.staff.remove": {
    allowed: organiser,
    input: async (world) => {
      const member = await world.caller("organiser").admin.staff.add({
        slug: "demo",
        email: `${unique("leaving")}@test.local`,
        role: "BARISTA",
        newAccount: { name: "Leo Leaving", password: "leaving-pass" },
      });
      return { slug: "demo", userId: member.userId };
    },
  },
  "attendee.startOrder": { allowed: attendees, input: (world) => openBoothWithCode(world) },
  "attendee.order": { allowed: attendees, input: async (world, role) => ({ orderId: (await orderFor(world, role, "QUEUED")).orderId }) },
  "attendee.submitOrder": {
    allowed: attendees,
    input: async (world, role) => ({
      orderId: (await orderFor(world, role, "STARTED")).orderId,
      choice: { menuItemId: await menuItemId(world, "Flat White"), choices: [] },
    }),
    optional: ["choice.choices"],
  },
  "attendee.cancelOrder": { allowed: attendees, input: async (world, role) => ({ orderId: (await orderFor(world, role, "QUEUED")).orderId }) },
  "attendee.myOrders": { allowed: attendees, input: () => ({ slug: "demo" }) },
  "attendee.notifyWhenReady": {
    allowed: attendees,
    input: async (world, role) => ({ orderId: (await orderFor(world, role, "QUEUED")).orderId, subscription: browserPushSubscription() }),
  },
  "board.orders": { allowed: ["barista", "organiser"], input: () => ({ slug: "demo" }) },
  "board.claim": { allowed: ["barista", "organiser"], input: (world, role) => orderFor(world, role, "QUEUED") },
  "board.release": { allowed: ["barista", "organiser"], input: (world, role) => orderFor(world, role, "MAKING") },
  "board.complete": { allowed: ["barista", "organiser"], input: (world, role) => orderFor(world, role, "MAKING") },
  "board.recall": { allowed: ["barista", "organiser"], input: (world, role) => orderFor(world, role, "READY") },
  "board.pickUp": { allowed: ["barista", "organiser"], input: (world, role) => orderFor(world, role, "READY") },
  "board.cancel": {
    allowed: ["barista", "organiser"],
    input: async (world, role) => ({ ...(await orderFor(world, role, "QUEUED")), reason: "Out of oat milk" }),
  },
  "board.choosing": { allowed: ["barista", "organiser"], input: () => ({ slug: "demo" }) },
  "board.setStoreOpen": { allowed: ["barista", "organiser"], input: () => ({ slug: "demo", open: true }), optional: ["choosing"] },
  "display.state": { allowed: ["barista", "organiser"], input: () => ({ slug: "demo" }) },
};
