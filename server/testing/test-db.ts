import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { connectPostgres, openEmbedded, pgliteRunner, type Database } from "../db/connect";
import { applyMigrations, readMigrations } from "../db/migrate";

/**
 * A fresh, migrated database per test, never a mock: by default an in-memory PGlite cloned from a template
 * migrated once per test process (about a second instead of a cold initdb); with TEST_DATABASE_URL set, a new
 * database on that PostgreSQL server, copied from a migrated template database (CI's real-Postgres leg).
 */

let pgliteTemplate: Promise<Uint8Array> | undefined;

/**
 * The migrated template, built once and kept on disk (keyed by the migrations' checksums) so that parallel test
 * workers and later runs skip PGlite's cold initdb.
 */
function migratedPGliteTemplate() {
  return (pgliteTemplate ??= (async () => {
    const migrations = await readMigrations();
    const key = createHash("sha256").update(migrations.map((m) => m.checksum).join()).digest("hex").slice(0, 16);
    const cached = path.join("node_modules", ".cache", "presso-test", `pglite-template-${key}.tar`);
    if (existsSync(cached)) return new Uint8Array(readFileSync(cached));
    const template = new PGlite("memory://");
    await applyMigrations(pgliteRunner(template), migrations);
    const dump = new Uint8Array(await (await template.dumpDataDir("none")).arrayBuffer());
    await template.close();
    mkdirSync(path.dirname(cached), { recursive: true });
    const partial = `${cached}.${process.pid}`;
    writeFileSync(partial, dump);
    renameSync(partial, cached); // atomic: a parallel worker never reads half a file
    return dump;
  })());
}

let postgresTemplate: Promise<string> | undefined;
let databaseCounter = 0;

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function adminQuery(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function migratedPostgresTemplate(serverUrl: string) {
  return (postgresTemplate ??= (async () => {
    const name = `presso_template_${process.pid}`;
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name}`);
    await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
    const template = await connectPostgres(withDatabase(serverUrl, name));
    await applyMigrations(template.sql, await readMigrations());
    await template.close();
    return name;
  })());
}

export async function createTestDb(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const database = serverUrl
    ? await newPostgresDatabase(serverUrl, "test", await migratedPostgresTemplate(serverUrl))
    : await openEmbedded({ dataDir: "memory://", loadDataDir: await migratedPGliteTemplate() });
  // Prisma's first query loads its query compiler, seconds on a busy machine: paid here, not inside a test's own
  // time limits (a health probe's 2 s, a transaction's wait for its turn).
  await database.prisma.$queryRaw`SELECT 1`;
  return database;
}

/** A database of its own on the test server (a copy of `template` when given), dropped when closed. */
async function newPostgresDatabase(serverUrl: string, label: string, template?: string): Promise<Database> {
  const name = `presso_${label}_${process.pid}_${++databaseCounter}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ""}`);
  const database = await connectPostgres(withDatabase(serverUrl, name));
  return {
    ...database,
    async close() {
      await database.close();
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** An empty database (no migrations applied), for the migrator's own tests. */
export async function createEmptyTestDb(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  return serverUrl ? newPostgresDatabase(serverUrl, "empty") : openEmbedded({ dataDir: "memory://" });
}

/** Every row of every table of the app and of its embedded engine, as text: equal before and after means nothing was written. */
export async function fingerprint(database: Database): Promise<string> {
  const tables = await database.sql.query<{ name: string }>(
    `SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) AS name FROM information_schema.tables
     WHERE table_schema IN ('public', 'engine') AND table_type = 'BASE TABLE' ORDER BY table_schema, table_name`,
  );
  const parts: string[] = [];
  for (const { name } of tables) {
    const rows = await database.sql.query<{ rows: unknown }>(
      `SELECT coalesce(json_agg(t ORDER BY t::text), '[]'::json)::text AS rows FROM ${name} t`,
    );
    parts.push(`${name}:${String(rows[0]?.rows)}`);
  }
  return parts.join("\n");
}
