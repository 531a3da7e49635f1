import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { isUniqueViolation } from "../../errors";
import { connectDatabase, type Database } from "../connect";
import { createTestDb } from "../../testing/test-db";
import { openPGliteThread } from "./open-pglite-thread";

/** The embedded database on its own thread, through both doors the app uses: plain SQL and Prisma. */

const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const database of opened.splice(0)) await database.close();
});

async function testDb(): Promise<Database> {
  const database = await createTestDb();
  opened.push(database);
  return database;
}

const event = (id: string) => ({ id, name: "test/thing.happened", data: { id } });

describe.skipIf(process.env.TEST_DATABASE_URL)("the embedded database on its own thread", () => {
  it("answers SQL with Postgres's values: JSON as objects, timestamps as dates, scripts of several statements", async () => {
    const database = await testDb();
    await database.sql.exec(`CREATE TABLE t (id int PRIMARY KEY, doc jsonb, at timestamptz); INSERT INTO t VALUES (1, '{"a":[1,2]}', '2026-01-02T03:04:05Z')`);
    const rows = await database.sql.query<{ id: number; doc: unknown; at: Date }>(`SELECT * FROM t WHERE id = $1`, [1]);
    expect(rows).toEqual([{ id: 1, doc: { a: [1, 2] }, at: new Date("2026-01-02T03:04:05Z") }]);
  });

  it("keeps a failed statement's Postgres code and message, and the next statement still runs", async () => {
    const database = await testDb();
    await database.sql.exec(`CREATE TABLE u (id int PRIMARY KEY)`);
    await database.sql.query(`INSERT INTO u VALUES (1)`);
    const error = await database.sql.query(`INSERT INTO u VALUES (1)`).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "23505", message: expect.stringContaining("duplicate key") });
    expect(await database.sql.query(`SELECT count(*)::int AS n FROM u`)).toEqual([{ n: 1 }]);
  });

  it("gives Prisma its own errors back (a unique violation is P2002) and changes nothing", async () => {
    const database = await testDb();
    await database.prisma.outboxEvent.create({ data: event("e1") });
    const error = await database.prisma.outboxEvent.create({ data: event("e1") }).catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
    expect(await database.prisma.outboxEvent.count()).toBe(1);
  });

  it("commits an interactive transaction whole, or rolls it back whole", async () => {
    const database = await testDb();
    await database.prisma.$transaction(async (tx) => {
      await tx.outboxEvent.create({ data: event("kept-1") });
      await tx.outboxEvent.create({ data: event("kept-2") });
    });
    const failed = await database.prisma
      .$transaction(async (tx) => {
        await tx.outboxEvent.create({ data: event("undone") });
        throw new Error("changed my mind");
      })
      .catch((e: unknown) => (e as Error).message);
    expect(failed).toBe("changed my mind");
    const ids = (await database.prisma.outboxEvent.findMany({ orderBy: { id: "asc" } })).map((e) => e.id);
    expect(ids).toEqual(["kept-1", "kept-2"]);
  });

  it("keeps another caller's statement out of a transaction until it ends", async () => {
    const database = await testDb();
    let outsideSaw: number | undefined;
    await database.prisma.$transaction(async (tx) => {
      await tx.outboxEvent.create({ data: event("inside") });
      // Asked for during the transaction: answered only after the commit, so it sees the committed row.
      void database.prisma.outboxEvent.count().then((n) => (outsideSaw = n));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(outsideSaw).toBeUndefined();
    });
    await expect.poll(() => outsideSaw).toBe(1);
  });

  it("keeps a data folder's rows after it is closed and opened again", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "presso-thread-"));
    try {
      const config = { mode: "embedded" as const, dataDir: path.join(dir, "db"), url: "" };
      const first = await connectDatabase(config);
      await first.sql.exec(`CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')`);
      await first.close();
      const second = await connectDatabase(config);
      opened.push(second);
      expect(await second.sql.query(`SELECT note FROM kept`)).toEqual([{ note: "still here" }]);
    } finally {
      await opened.pop()?.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("says plainly that the database has stopped when asked after closing", async () => {
    const thread = await openPGliteThread({ dataDir: "memory://" });
    await thread.close();
    await expect(thread.sql.query(`SELECT 1`)).rejects.toThrow(/database thread has stopped/);
  });
});
