-- The embedded executor now owns its tables: it creates and upgrades them itself, in a schema of its own
-- (inngest/embedded/store-schema.ts). Existing tables move there with their rows, indexes and constraints, so
-- runs in flight carry on, and the app's schema (public) no longer holds them.
CREATE SCHEMA IF NOT EXISTS "engine";

ALTER TABLE "EngineEvent" SET SCHEMA "engine";
ALTER TABLE "EngineRun" SET SCHEMA "engine";
ALTER TABLE "EngineStep" SET SCHEMA "engine";
ALTER TABLE "EngineWait" SET SCHEMA "engine";

ALTER TYPE "EngineRunStatus" SET SCHEMA "engine";
ALTER TYPE "EngineWaitKind" SET SCHEMA "engine";
