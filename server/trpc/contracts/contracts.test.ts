import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodType } from "zod";
import { callByPath } from "../../testing/call-by-path";
import { placeOrder } from "../../testing/order-factory";
import { procedureCases } from "../../testing/procedure-cases";
import { createTestDb } from "../../testing/test-db";
import { buildWorld, type World } from "../../testing/world";
import { appRouter } from "../root";

/**
 * Every procedure declares what it returns (`.output()`, a contract in this folder), so no database row reaches a
 * browser whole: a barista's tap returns the order's number and state, not the attendee's or the barista's id.
 */

let world: World;

beforeAll(async () => {
  world = await buildWorld(await createTestDb());
});
afterAll(async () => {
  await world?.database.close();
});

/** tRPC v11 keeps a procedure's `.output()` parser on its definition (`_def.output`), beside `_def.inputs`. */
const outputOf = (procedure: unknown) => (procedure as { _def: { output?: unknown } })._def.output;

/** Every key of a result, at any depth ("event.id", "orders.0.drink.name" as "orders.drink.name"). */
function keysOf(value: unknown, prefix = ""): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => keysOf(item, prefix));
  if (value === null || typeof value !== "object" || value instanceof Date) return [];
  return Object.entries(value).flatMap(([key, inner]) => [`${prefix}${key}`, ...keysOf(inner, `${prefix}${key}.`)]);
}

/** Columns only a whole row carries: users' ids on orders, secrets, bookkeeping timestamps. */
const rowOnly = ["attendeeId", "baristaId", "userId", "passwordHash", "qrWindowId", "eventId", "updatedAt", "createdAt", "sortOrder"];
/** Keys of a result that only a whole row would carry, leaving out the allowed paths and what lies under the opaque ones. */
const leaks = (result: unknown, { allowed = [], opaque = [] }: { allowed?: string[]; opaque?: string[] } = {}) =>
  keysOf(result).filter((path) => {
    if (allowed.includes(path) || opaque.some((json) => path.startsWith(`${json}.`))) return false;
    return rowOnly.includes(path.split(".").at(-1)!);
  });

describe("every procedure has an output contract", () => {
  it.each(Object.keys(appRouter._def.procedures).sort())("%s", (path) => {
    const procedure = (appRouter._def.procedures as Record<string, unknown>)[path];
    expect(outputOf(procedure), `${path} has no .output() schema`).toBeInstanceOf(ZodType);
  });
});

describe("what a barista receives", () => {
  it("a claim returns the order's id, number, state and maker, never the attendee's or barista's id", async () => {
    const attendee = world.actors.attendee as { userId: string; name: string };
    const barista = world.actors.barista as { userId: string; name: string };
    const order = await placeOrder(world.database.prisma, { eventId: world.demoEventId, attendeeId: attendee.userId, attendeeName: attendee.name, status: "QUEUED" });

    const claimed = await world.caller("barista").board.claim({ slug: "demo", orderId: order.id });

    expect(claimed).toEqual({ id: order.id, status: "MAKING", orderNumber: order.orderNumber, baristaName: barista.name });
    expect(JSON.stringify(claimed)).not.toContain(attendee.userId);
    expect(JSON.stringify(claimed)).not.toContain(barista.userId);
  });

  it("every barista action returns the same small shape", async () => {
    const attendee = world.actors.attendee as { userId: string };
    const barista = world.actors.barista as { userId: string; name: string };
    const place = (status: "QUEUED" | "MAKING" | "READY") =>
      placeOrder(world.database.prisma, { eventId: world.demoEventId, attendeeId: attendee.userId, status, barista: { id: barista.userId, name: barista.name } });
    const caller = world.caller("barista");
    const results = [
      await caller.board.release({ slug: "demo", orderId: (await place("MAKING")).id }),
      await caller.board.complete({ slug: "demo", orderId: (await place("MAKING")).id }),
      await caller.board.recall({ slug: "demo", orderId: (await place("READY")).id }),
      await caller.board.pickUp({ slug: "demo", orderId: (await place("READY")).id }),
      await caller.board.cancel({ slug: "demo", orderId: (await place("QUEUED")).id, reason: "Out of oat milk" }),
    ];
    for (const result of results) expect(Object.keys(result).sort()).toEqual(["baristaName", "id", "orderNumber", "status"]);
  });

  it("staff.event carries the event's heading and shown limits, not its row", async () => {
    const view = await world.caller("barista").staff.event({ slug: "demo" });
    expect(Object.keys(view).sort()).toEqual(["event", "menu", "role"]);
    expect(Object.keys(view.event).sort()).toEqual(["drinksPerCode", "id", "maxOpenOrders", "name", "slug", "timeZone"]);
    expect(view.menu.length).toBeGreaterThan(0);
    expect(leaks(view)).toEqual([]);
  });
});

describe("no result carries a whole row", () => {
  beforeAll(async () => {
    // Something on the board and the screens, so their order lists are not empty.
    const attendee = world.actors.attendee as { userId: string; name: string };
    await placeOrder(world.database.prisma, { eventId: world.demoEventId, attendeeId: attendee.userId, attendeeName: attendee.name, status: "QUEUED" });
    await placeOrder(world.database.prisma, { eventId: world.demoEventId, attendeeId: attendee.userId, attendeeName: attendee.name, status: "READY" });
  });

  /**
   * The caller's own id and the organiser's staff views name people by id on purpose (to remove a staff member); a
   * run names its trigger's id. Run payloads and journal data are the catalogued events' own JSON, for organisers.
   */
  const exceptions: Record<string, { allowed?: string[]; opaque?: string[] }> = {
    "me.whoAmI": { allowed: ["userId"] },
    "admin.staff.list": { allowed: ["userId"] },
    "admin.staff.add": { allowed: ["userId"] },
    "runs.list": { opaque: ["trigger.data"] },
    "runs.get": { allowed: ["eventId", "waits.createdAt"], opaque: ["event", "output", "error", "steps.result"] },
    "journal.forEvent": { opaque: ["data"] },
    "journal.forOrder": { opaque: ["data"] },
    // The browser links each entry's order to its journey at the entry's own event.
    "journal.browse": { allowed: ["entries.eventId"], opaque: ["entries.data"] },
  };

  it.each(Object.entries(procedureCases))("%s", async (path, procedureCase) => {
    // The last allowed role is the most privileged (organiser), or the attendee for attendee procedures.
    const role = procedureCase.allowed.at(-1)!;
    const input = procedureCase.input ? await procedureCase.input(world, role) : undefined;
    const result = await callByPath(world.caller(role), path, input);
    expect(leaks(result, exceptions[path])).toEqual([]);
  });
});
