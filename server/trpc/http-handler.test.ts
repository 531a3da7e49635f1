import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "../db/client";
import { createTestDb, fingerprint } from "../testing/test-db";
import { buildWorld, type Role, type World } from "../testing/world";
import { handleTrpcRequest, maxBodyBytes } from "./http-handler";
import { unexpectedErrorMessage } from "./init";
import { procedureCases } from "../testing/procedure-cases";

/**
 * The endpoint as a browser reaches it, on a real database: what a client is told when input is hostile or the
 * server fails, and that the body limit leaves room for the largest call the app makes.
 */

let world: World;

beforeAll(async () => {
  world = await buildWorld(await createTestDb());
});
afterAll(async () => {
  await world?.database.close();
});

type ErrorBody = { message: string; code: number; data: Record<string, unknown> };

/** One call, sent as the browser's batch link sends it. */
async function call(role: Role, path: string, input: unknown, options: { method?: "GET" | "POST"; db?: Db } = {}) {
  const method = options.method ?? "POST";
  const payload = JSON.stringify({ 0: superjson.serialize(input) });
  const url = `http://booth.local/api/trpc/${path}?batch=1${method === "GET" ? `&input=${encodeURIComponent(payload)}` : ""}`;
  const request = new Request(url, method === "GET" ? {} : { method, headers: { "content-type": "application/json" }, body: payload });
  const response = await handleTrpcRequest(request, async () => ({ db: options.db ?? world.database.prisma, actor: world.actors[role] }));
  const text = await response.text();
  const [item] = JSON.parse(text) as [{ error?: { json: ErrorBody }; result?: unknown }];
  return { status: response.status, text, error: item.error?.json };
}

describe("hostile input over HTTP", () => {
  it("an order id with a NUL byte is a 400 naming the field, not a database error", async () => {
    const before = await fingerprint(world.database);
    const { status, error, text } = await call("attendee", "attendee.cancelOrder", { orderId: "ab\u0000cd" });
    expect(status).toBe(400);
    expect(error?.data).toMatchObject({ code: "BAD_REQUEST", zodError: { fieldErrors: { orderId: [expect.stringContaining("not an id")] } } });
    expect(text).not.toMatch(/prisma|invocation|22021/i);
    expect(await fingerprint(world.database)).toBe(before);
  });

  it("a cancel reason with a NUL byte is a 400 that says why", async () => {
    const { orderId } = (await procedureCases["board.cancel"]!.input!(world, "barista")) as { orderId: string };
    const { status, error } = await call("barista", "board.cancel", { slug: "demo", orderId, reason: "Out of\u0000milk" });
    expect(status).toBe(400);
    expect(error?.data).toMatchObject({ zodError: { fieldErrors: { reason: ["cannot contain control characters"] } } });
  });
});

describe("an unexpected failure", () => {
  /** The real database, except that reading an event fails the way a driver does, with a real Prisma error. */
  const failingDb = () =>
    new Proxy(world.database.prisma, {
      get(target, property, receiver) {
        if (property !== "event") return Reflect.get(target, property, receiver);
        return { findUnique: () => target.$queryRawUnsafe("SELECT $1::text AS broken", "ab\u0000cd") };
      },
    }) as Db;

  it("answers 500 with a plain sentence: no Prisma text, no stack, no cause", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const { status, error, text } = await call("anonymous", "event.publicInfo", { slug: "demo" }, { method: "GET", db: failingDb() });
      expect(status).toBe(500);
      expect(error?.message).toBe(unexpectedErrorMessage);
      expect(error?.data).toEqual({ code: "INTERNAL_SERVER_ERROR", httpStatus: 500, path: "event.publicInfo", zodError: null, refusal: null, problem: null });
      expect(text).not.toMatch(/prisma|invocation|22021|queryRaw|stack|\.ts:/i);
      // The server's log keeps the real error, named by its procedure.
      expect(log).toHaveBeenCalledWith("[trpc] event.publicInfo failed:", expect.objectContaining({ message: expect.stringContaining("22021") }));
    } finally {
      log.mockRestore();
    }
    // A deliberate refusal keeps its own message.
    const notFound = await call("anonymous", "event.publicInfo", { slug: "no-such-event" }, { method: "GET" });
    expect(notFound.status).toBe(404);
    expect(notFound.error?.message).toBe('There is no event "no-such-event"');
  });
});

describe("the body limit", () => {
  it("leaves room for the largest drink an organiser can add (every field at its maximum, in three-byte characters), and not for much more", async () => {
    const wide = (length: number, seed: number) => Array.from({ length }, (_, i) => String.fromCodePoint(0x4e00 + ((seed * 97 + i) % 20_000))).join("");
    const item = {
      name: wide(60, 1),
      description: wide(200, 2),
      icon: "hot-chocolate", // the longest picture name
      station: "COLD_BAR",
      available: true,
      optionGroups: Array.from({ length: 10 }, (_, g) => ({
        name: wide(40, 10 + g),
        selection: "MULTIPLE",
        required: false,
        maxChoices: 20,
        options: Array.from({ length: 20 }, (_, o) => ({ name: wide(40, 100 + g * 20 + o), isDefault: false, available: true })),
      })),
    };
    const bytes = new TextEncoder().encode(JSON.stringify({ 0: superjson.serialize({ slug: "demo", item }) })).byteLength;
    expect(bytes).toBeGreaterThan(30_000); // it is the largest: anything else the app sends is a few hundred bytes
    expect(bytes).toBeLessThan(maxBodyBytes * 0.7); // with room to spare
    const { status, text } = await call("organiser", "admin.menu.add", { slug: "demo", item });
    expect(status, text).toBe(200);
    const twice = await handleTrpcRequest(
      new Request("http://booth.local/api/trpc/admin.menu.add,admin.menu.add?batch=1", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ 0: superjson.serialize({ slug: "demo", item }), 1: superjson.serialize({ slug: "demo", item }) }),
      }),
      async () => ({ db: world.database.prisma, actor: world.actors.organiser }),
    );
    expect(twice.status).toBe(413);
  });
});
