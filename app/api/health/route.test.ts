import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/server/auth/actor";
import { parseConfig } from "@/server/config";
import type { Database } from "@/server/db/connect";
import { registerProbe } from "@/server/boot/health";
import { provideRuntimeForTests } from "@/server/boot/runtime";
import { createTestDb } from "@/server/testing/test-db";

const session = vi.hoisted(() => ({ actor: (): Promise<Actor> => Promise.resolve({ kind: "anonymous" }) }));
vi.mock("@/server/auth/session", () => ({ getRequestActor: () => session.actor() }));

const { GET } = await import("./route");

let database: Database;
beforeAll(async () => {
  database = await createTestDb();
  provideRuntimeForTests({ config: parseConfig({}), database });
});
afterAll(async () => database?.close());

beforeEach(() => {
  // What the running app's probes say (server/boot/connect-engine.ts, server/boot/runtime.ts).
  registerProbe("workflows", async () => "4 functions registered");
  registerProbe("realtime", async () => "Server-Sent Events, 2 listening");
  session.actor = () => Promise.resolve({ kind: "anonymous" });
});

const organiser: Actor = { kind: "staff", userId: "u1", name: "Olga", isOrganiser: true };
const barista: Actor = { kind: "staff", userId: "u2", name: "Ben", isOrganiser: false };

describe("GET /api/health", () => {
  it("tells an anonymous caller the modes and whether each answers, and nothing else", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      ok: true,
      // The database this suite runs on: PGlite, or PostgreSQL when TEST_DATABASE_URL names a server (CI's second leg).
      database: { mode: database.mode, reachable: true },
      workflows: { mode: "embedded", reachable: true },
      realtime: { mode: "local", reachable: true },
    });
    // No versions (PostgreSQL 17…), counts (4 functions, 2 listening) or timings.
    expect(text).not.toMatch(/\d/);
  });

  it("keeps an embedded part's error to itself", async () => {
    registerProbe("workflows", () => Promise.reject(new Error("the app's functions are not registered yet")));
    const body = await (await GET()).json();
    expect(body.workflows).toEqual({ mode: "embedded", reachable: false });
    expect(body.ok).toBe(false);
  });

  it("tells a barista no more than anyone", async () => {
    session.actor = () => Promise.resolve(barista);
    expect(await (await GET()).text()).not.toMatch(/\d/);
  });

  it("gives an organiser the details", async () => {
    session.actor = () => Promise.resolve(organiser);
    const body = await (await GET()).json();
    expect(body.database.detail).toMatch(/^PostgreSQL \d+/);
    expect(body.workflows.detail).toBe("4 functions registered");
    expect(body.realtime.detail).toBe("Server-Sent Events, 2 listening");
  });

  it("treats a caller it cannot identify as anonymous", async () => {
    session.actor = () => Promise.reject(new Error("no request scope"));
    expect(await (await GET()).text()).not.toMatch(/\d/);
  });

  it("answers 503 when the database does not, without saying why", async () => {
    const closed = await createTestDb();
    await closed.close();
    provideRuntimeForTests({ config: parseConfig({}), database: closed });
    session.actor = () => Promise.resolve(organiser);
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      expect((await response.json()).database).toEqual({ mode: closed.mode, reachable: false });
    } finally {
      provideRuntimeForTests({ config: parseConfig({}), database });
    }
  });
});
