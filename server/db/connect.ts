import { mkdirSync } from "node:fs";
import path from "node:path";
import type { DatabaseConfig } from "../config";
import { PrismaClient } from "../generated/prisma/client";
import { lockDataDir, type DataDirLock } from "./data-dir-lock";
import { openPGliteThread, type PGliteThreadOptions } from "./pglite-thread/open-pglite-thread";
import type { SqlRunner } from "./sql-runner";

/** An open database: the Prisma client the app uses, the raw runner for migrations and health, and a close. */
export type Database = {
  prisma: PrismaClient;
  sql: SqlRunner;
  mode: DatabaseConfig["mode"];
  close(): Promise<void>;
};

export async function connectDatabase(config: DatabaseConfig): Promise<Database> {
  return config.mode === "embedded" ? connectEmbedded(config.dataDir) : connectPostgres(config.url);
}

export { connectPostgres };

async function connectEmbedded(dataDir: string): Promise<Database> {
  const inMemory = dataDir === "memory";
  const lock: DataDirLock | undefined = inMemory ? undefined : lockDataDir(dataDir);
  try {
    if (!inMemory) mkdirSync(dataDir, { recursive: true });
    return await openEmbedded({ dataDir: inMemory ? "memory://" : path.resolve(dataDir) }, () => lock?.release());
  } catch (error) {
    lock?.release();
    throw error;
  }
}

/** PGlite on its own thread (a data folder, or a test's in-memory copy of a template) as the app's database. */
export async function openEmbedded(options: PGliteThreadOptions, afterClose: () => void = () => {}): Promise<Database> {
  const thread = await openPGliteThread(options);
  const prisma = new PrismaClient({ adapter: thread.adapter });
  return {
    prisma,
    sql: thread.sql,
    mode: "embedded",
    async close() {
      await prisma.$disconnect();
      await thread.close();
      afterClose();
    },
  };
}

type PGliteLike = {
  exec(sql: string): Promise<unknown>;
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
};

/** A PGlite of this thread as a SqlRunner (the test template is built this way, before any thread exists). */
export function pgliteRunner(pglite: PGliteLike): SqlRunner {
  return {
    async exec(script) {
      await pglite.exec(script);
    },
    async query<Row>(sql: string, params: unknown[] = []) {
      return (await pglite.query<Row>(sql, params)).rows;
    },
  };
}

async function connectPostgres(url: string): Promise<Database> {
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const pg = (await import("pg")).default;
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  // A connection of its own for migration scripts, opened only when asked for (serverless instances never are).
  let client: InstanceType<typeof pg.Client> | undefined;
  const connected = async () => {
    if (!client) {
      client = new pg.Client({ connectionString: url });
      await client.connect();
    }
    return client;
  };
  return {
    prisma,
    sql: {
      async exec(script) {
        await (await connected()).query(script);
      },
      async query<Row extends Record<string, unknown>>(sql: string, params: unknown[] = []) {
        return (await (await connected()).query<Row>(sql, params)).rows;
      },
    },
    mode: "postgres",
    async close() {
      await prisma.$disconnect();
      await client?.end();
    },
  };
}
