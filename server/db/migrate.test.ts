import { createHash } from "node:crypto";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Database } from "./connect";
import { createEmptyTestDb } from "../testing/test-db";
import { applyMigrations, MigrationError, readMigrations, type Migration } from "./migrate";

let database: Database | undefined;
afterEach(async () => {
  await database?.close();
  database = undefined;
});

function migration(name: string, sql: string): Migration {
  return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
}

describe("the start-up migrator", () => {
  it("applies the committed migrations once and records them as prisma migrate deploy does", async () => {
    database = await createEmptyTestDb();
    const migrations = await readMigrations();
    expect(migrations.length).toBeGreaterThan(0);

    expect(await applyMigrations(database.sql, migrations)).toEqual(migrations.map((m) => m.name));
    const recorded = await database.sql.query<{ migration_name: string; checksum: string; applied_steps_count: number; finished: boolean }>(
      `SELECT migration_name, checksum, applied_steps_count, finished_at IS NOT NULL AS finished FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(recorded).toEqual(
      migrations.map((m) => ({ migration_name: m.name, checksum: m.checksum, applied_steps_count: 1, finished: true })),
    );
    expect(await database.prisma.event.count()).toBe(0);

    expect(await applyMigrations(database.sql, migrations)).toEqual([]);
  });

  it("rolls back a migration that fails, records nothing of it, and names it", async () => {
    database = await createEmptyTestDb();
    const good = migration("20260101000000_good", `CREATE TABLE "Good" (id int);`);
    const bad = migration("20260102000000_bad", `CREATE TABLE "Half" (id int); SELECT * FROM "Missing";`);
    const error = await applyMigrations(database.sql, [good, bad]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toMatch(/^Migration 20260102000000_bad failed: .*Missing/);
    const names = await database.sql.query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations"`);
    expect(names.map((r) => r.migration_name)).toEqual(["20260101000000_good"]);
    const half = await database.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'Half'`,
    );
    expect(half[0]?.n).toBe(0);
  });

  it("refuses to go on over a migration that failed earlier and was left unfinished", async () => {
    database = await createEmptyTestDb();
    await applyMigrations(database.sql, []);
    await database.sql.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ('x', 'y', '20260101000000_stuck')`,
    );
    await expect(applyMigrations(database.sql, [migration("20260103000000_next", "SELECT 1")])).rejects.toThrow(
      /20260101000000_stuck failed earlier/,
    );
  });

  it("reads migration folders in name order and ignores anything else", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "presso-migrations-"));
    for (const name of ["20260102000000_second", "20260101000000_first"]) {
      mkdirSync(path.join(dir, name));
      writeFileSync(path.join(dir, name, "migration.sql"), `-- ${name}`);
    }
    writeFileSync(path.join(dir, "migration_lock.toml"), 'provider = "postgresql"');
    const migrations = await readMigrations(dir);
    expect(migrations.map((m) => m.name)).toEqual(["20260101000000_first", "20260102000000_second"]);
    expect(migrations[0]?.checksum).toBe(createHash("sha256").update("-- 20260101000000_first").digest("hex"));
  });
});
