import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../config";
import type { Database } from "../db/connect";
import { checkHealth, publicHealth, registerProbe } from "./health";
import { createTestDb } from "../testing/test-db";

let database: Database;
beforeAll(async () => {
  database = await createTestDb();
});
afterAll(async () => database?.close());

describe("the health report", () => {
  it("names the mode of each part and whether it answers", async () => {
    const health = await checkHealth(parseConfig({}), database);
    expect(health.database).toMatchObject({ mode: database.mode, reachable: true, detail: expect.stringMatching(/^PostgreSQL \d+/) });
    expect(health.workflows).toMatchObject({ mode: "embedded" });
    expect(health.realtime).toMatchObject({ mode: "local" });
  });

  it("says an embedded part is down until it registers, and up once it does", async () => {
    const config = parseConfig({});
    registerProbe("realtime", () => Promise.reject(new Error("hub stopped")));
    expect((await checkHealth(config, database)).realtime).toEqual({ mode: "local", reachable: false, detail: "hub stopped" });
    registerProbe("realtime", async () => "3 subscribers");
    expect((await checkHealth(config, database)).realtime).toMatchObject({ reachable: true, detail: "3 subscribers" });
  });

  it("reports a managed service it cannot reach as unreachable, without hanging", async () => {
    const config = parseConfig({ INNGEST_DEV: "http://127.0.0.1:9" });
    const started = Date.now();
    const health = await checkHealth(config, database);
    expect(health.workflows).toMatchObject({ mode: "inngest-dev", reachable: false });
    expect(health.ok).toBe(false);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("reports an unreachable database", async () => {
    const closed = await createTestDb();
    await closed.close();
    const health = await checkHealth(parseConfig({}), closed);
    expect(health.database.reachable).toBe(false);
  });

  it("tells the public the modes and whether each part answers, without versions, counts, errors or timings", async () => {
    const config = parseConfig({});
    registerProbe("workflows", async () => "4 functions registered");
    registerProbe("realtime", () => Promise.reject(new Error("hub stopped")));
    const health = publicHealth(await checkHealth(config, database));
    expect(health).toEqual({
      ok: false,
      database: { mode: database.mode, reachable: true },
      workflows: { mode: "embedded", reachable: true },
      realtime: { mode: "local", reachable: false },
    });
  });
});
