import type { World, Role } from "../testing/world";

/**
 * Every procedure of the app router with a valid input and the roles that may call it: the single table that
 * the access and bad-input tests walk. A procedure missing here fails the tests.
 */

export type ProcedureCase = {
  /** Roles that may call it; every other role is refused (401 anonymous, 403 signed in). */
  allowed: Role[];
  /** A valid input for an allowed caller, built against the world (null: the procedure takes no input). */
  input: ((world: World) => Promise<Record<string, unknown>> | Record<string, unknown>) | null;
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

export const procedureCases: Record<string, ProcedureCase> = {
  "event.publicInfo": { allowed: everyone, input: () => ({ slug: "demo" }) },
  "event.menu": { allowed: everyone, input: () => ({ slug: "demo" }) },
  "me.whoAmI": { allowed: everyone, input: null },
  "me.renameGuest": { allowed: attendees, input: () => ({ name: "Ana Maria" }) },
  "staff.myEvents": { allowed: ["baristaOfOtherEvent", "barista", "organiser"], input: null },
  "staff.event": { allowed: ["barista", "organiser"], input: () => ({ slug: "demo" }) },
  "staff.setItemAvailability": {
    allowed: ["barista", "organiser"],
    input: async (world) => ({ slug: "demo", menuItemId: await firstDemoItemId(world), available: true }),
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
  "admin.events.updateSettings": {
    allowed: organiser,
    input: () => ({ slug: "demo", changes: { drinksPerCode: 12, name: "Presso Demo Booth" } }),
    optional: ["changes.drinksPerCode", "changes.name"],
  },
  "admin.staff.list": { allowed: organiser, input: () => ({ slug: "demo" }) },
  "admin.staff.add": {
    allowed: organiser,
    input: () => ({ slug: "demo", email: `${unique("new")}@test.local`, role: "BARISTA", newAccount: { name: "Nia New", password: "new-pass-123" } }),
    optional: ["role", "newAccount"],
  },
  "runs.list": { allowed: organiser, input: () => ({ status: "COMPLETED", limit: 10 }), optional: ["status", "limit"] },
  "runs.get": {
    allowed: organiser,
    input: async (world) => {
      const run = await world.database.prisma.engineRun.create({
        data: { id: unique("run"), functionId: "presso-demo", eventId: unique("evt"), event: { name: "x/y", data: {} }, maxAttempts: 1 },
      });
      return { runId: run.id };
    },
  },
  "runs.selfTest": { allowed: organiser, input: null },
  "journal.forEvent": { allowed: organiser, input: () => ({ slug: "demo" }), optional: ["limit"] },
  "journal.forOrder": { allowed: organiser, input: () => ({ orderId: "order-1" }) },
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
};
