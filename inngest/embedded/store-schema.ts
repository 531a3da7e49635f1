import type { SqlPort } from "./ports";

/**
 * The executor's own tables, in a PostgreSQL schema of their own (`engine`), created and upgraded by the executor
 * itself when it starts: the host app's migrations know nothing of them, so the executor could live in a package
 * of its own. Each version is one `DO` block, one statement and so one transaction, taken under an advisory lock:
 * two executors starting on one database apply it once, and a crash leaves all of a version or none of it.
 * Every statement is written to be a no-op where the objects already exist (a database where an earlier release
 * created these tables through the app's migrations, and moved them into `engine`).
 */

export const ENGINE_SCHEMA = "engine";

/** This executor's lock key for its own upgrades (any constant the host app does not use). */
const ENGINE_SCHEMA_LOCK = 7336_2026;

const version1 = `
CREATE SCHEMA IF NOT EXISTS engine;
IF NOT EXISTS (SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'engine' AND t.typname = 'EngineRunStatus') THEN
  CREATE TYPE engine."EngineRunStatus" AS ENUM ('RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED');
END IF;
IF NOT EXISTS (SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'engine' AND t.typname = 'EngineWaitKind') THEN
  CREATE TYPE engine."EngineWaitKind" AS ENUM ('EVENT', 'SLEEP', 'RETRY', 'INVOKE');
END IF;
CREATE TABLE IF NOT EXISTS engine."EngineEvent" (
  "id" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  "payload" JSONB NOT NULL,
  "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "dispatchedAt" TIMESTAMP(3),
  CONSTRAINT "EngineEvent_pkey" PRIMARY KEY ("id")
);
CREATE TABLE IF NOT EXISTS engine."EngineRun" (
  "id" TEXT NOT NULL,
  "functionId" TEXT NOT NULL,
  "eventId" TEXT NOT NULL,
  "event" JSONB NOT NULL,
  "status" engine."EngineRunStatus" NOT NULL DEFAULT 'RUNNING',
  "output" JSONB,
  "error" JSONB,
  "attempt" INTEGER NOT NULL DEFAULT 0,
  "maxAttempts" INTEGER NOT NULL,
  "parallel" BOOLEAN NOT NULL DEFAULT false,
  "parentRunId" TEXT,
  "parentStepId" TEXT,
  "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "endedAt" TIMESTAMP(3),
  CONSTRAINT "EngineRun_pkey" PRIMARY KEY ("id")
);
CREATE TABLE IF NOT EXISTS engine."EngineStep" (
  "runId" TEXT NOT NULL REFERENCES engine."EngineRun"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "stepId" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  "op" TEXT NOT NULL,
  "result" JSONB NOT NULL,
  "seq" INTEGER NOT NULL,
  "attempts" INTEGER NOT NULL DEFAULT 1,
  "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "endedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "EngineStep_pkey" PRIMARY KEY ("runId", "stepId")
);
CREATE TABLE IF NOT EXISTS engine."EngineWait" (
  "id" TEXT NOT NULL,
  "runId" TEXT NOT NULL REFERENCES engine."EngineRun"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "stepId" TEXT NOT NULL,
  "kind" engine."EngineWaitKind" NOT NULL,
  "name" TEXT NOT NULL,
  "eventName" TEXT,
  "expression" TEXT,
  "matchPath" TEXT,
  "matchValue" TEXT,
  "childRunId" TEXT,
  "wakeAt" TIMESTAMP(3),
  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "resolvedAt" TIMESTAMP(3),
  "resolution" TEXT,
  CONSTRAINT "EngineWait_pkey" PRIMARY KEY ("id")
);
CREATE INDEX IF NOT EXISTS "EngineRun_status_idx" ON engine."EngineRun"("status");
CREATE INDEX IF NOT EXISTS "EngineRun_functionId_startedAt_idx" ON engine."EngineRun"("functionId", "startedAt");
CREATE UNIQUE INDEX IF NOT EXISTS "EngineRun_eventId_functionId_key" ON engine."EngineRun"("eventId", "functionId");
CREATE INDEX IF NOT EXISTS "EngineWait_eventName_matchPath_matchValue_resolvedAt_idx" ON engine."EngineWait"("eventName", "matchPath", "matchValue", "resolvedAt");
CREATE INDEX IF NOT EXISTS "EngineWait_resolvedAt_wakeAt_idx" ON engine."EngineWait"("resolvedAt", "wakeAt");
CREATE INDEX IF NOT EXISTS "EngineWait_runId_idx" ON engine."EngineWait"("runId");
`;

/** The executor's schema versions, oldest first: a new version is a new entry, never an edit of an old one. */
const versions: string[] = [version1];

/** Brings the executor's tables up to this release's version; returns the versions this call found missing. */
export async function migrateEngineStore(sql: SqlPort): Promise<number[]> {
  const known = await sql.query<{ version: number }>(
    `SELECT "version" FROM engine."EngineSchemaVersion"`,
  ).catch(() => [] as { version: number }[]);
  const missing = versions.map((_, index) => index + 1).filter((version) => !known.some((row) => row.version === version));
  for (const version of missing) {
    // Checked again under the lock: another executor may have applied it since the read above.
    await sql.query(`
      DO $engine$
      BEGIN
        PERFORM pg_advisory_xact_lock(${ENGINE_SCHEMA_LOCK});
        CREATE SCHEMA IF NOT EXISTS engine;
        CREATE TABLE IF NOT EXISTS engine."EngineSchemaVersion" (
          "version" INTEGER PRIMARY KEY,
          "appliedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
        );
        IF NOT EXISTS (SELECT 1 FROM engine."EngineSchemaVersion" WHERE "version" = ${version}) THEN
          ${versions[version - 1]}
          INSERT INTO engine."EngineSchemaVersion" ("version") VALUES (${version});
        END IF;
      END
      $engine$`);
  }
  return missing;
}
