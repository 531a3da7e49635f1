import { afterAll, describe, expect, it } from "vitest";
import { createEmptyTestDb, createTestDb } from "../../server/testing/test-db";
import type { SqlPort } from "./ports";
import { migrateEngineStore } from "./store-schema";

/** A bare database: nothing of the app, as a host that only runs the executor would have. */
const bareDatabase = createEmptyTestDb;

/** The executor's tables as PostgreSQL describes them: columns with types and defaults, indexes, constraints. */
async function describeStore(sql: SqlPort) {
  const columns = await sql.query(
    `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
       FROM information_schema.columns WHERE table_schema = 'engine' AND table_name <> 'EngineSchemaVersion'
      ORDER BY table_name, column_name`,
  );
  const indexes = await sql.query(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'engine' AND tablename <> 'EngineSchemaVersion' ORDER BY indexname`);
  const constraints = await sql.query(
    `SELECT conrelid::regclass::text AS on_table, contype, pg_get_constraintdef(oid) AS definition
       FROM pg_constraint WHERE connamespace = 'engine'::regnamespace AND conrelid::regclass::text <> 'engine."EngineSchemaVersion"'
      ORDER BY 1, 3`,
  );
  return { columns, indexes, constraints };
}

const opened: { close(): Promise<unknown> }[] = [];
afterAll(async () => {
  await Promise.all(opened.map((database) => database.close()));
});

describe("the executor's own tables", () => {
  it("are created on a bare database by the executor itself, once, however many start at the same time", async () => {
    const bare = await bareDatabase();
    opened.push(bare);
    const applied = await Promise.all([migrateEngineStore(bare.sql), migrateEngineStore(bare.sql), migrateEngineStore(bare.sql)]);
    expect(applied.flat().length).toBeGreaterThanOrEqual(1);
    expect(await bare.sql.query(`SELECT "version" FROM engine."EngineSchemaVersion"`)).toEqual([{ version: 1 }]);
    expect(await migrateEngineStore(bare.sql)).toEqual([]);
    const tables = await bare.sql.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'engine' ORDER BY table_name`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(["EngineEvent", "EngineRun", "EngineSchemaVersion", "EngineStep", "EngineWait"]);
  });

  it("are the same tables an earlier release made through the app's migrations and moved into the engine's schema", async () => {
    const bare = await bareDatabase();
    opened.push(bare);
    await migrateEngineStore(bare.sql);
    const upgraded = await createTestDb(); // the app's migrations, the move to `engine` included
    opened.push(upgraded);
    await upgraded.sql.query(`INSERT INTO engine."EngineEvent" (id, name, payload) VALUES ('kept', 'x/y', '{}')`);
    expect(await migrateEngineStore(upgraded.sql)).toEqual([1]);
    expect(await describeStore(upgraded.sql)).toEqual(await describeStore(bare.sql));
    // Its rows stayed where they were.
    expect(await upgraded.sql.query(`SELECT id FROM engine."EngineEvent"`)).toEqual([{ id: "kept" }]);
    // And the app's own schema no longer holds any of them.
    expect(await upgraded.sql.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 'Engine%'`)).toEqual([]);
  });
});
