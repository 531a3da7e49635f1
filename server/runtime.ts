import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { seedDemoEvent } from "../prisma/seed/demo-event";
import { getConfig, type AppConfig } from "./config";
import type { Db } from "./db/client";
import { connectDatabase, type Database } from "./db/connect";
import { applyMigrations, readMigrations } from "./db/migrate";
import { connectWorkflowEngine } from "../inngest/connect-engine";
import type { EmbeddedExecutor } from "../inngest/embedded/start-executor";
import { registerProbe } from "./health";
import { getHub } from "./realtime/hub";
import { publishOnSend } from "./services/publisher/publish-on-send";

/**
 * The process's one runtime: configuration, the open database and, in embedded mode, the migrations and the
 * demo event applied before the first request is served. Kept on globalThis so hot reloads in `next dev`
 * reuse it instead of opening the database twice.
 */

export type Runtime = { config: AppConfig; database: Database; executor?: EmbeddedExecutor };

const holder = globalThis as typeof globalThis & { __pressoRuntime?: Promise<Runtime> };

export function getRuntime(): Promise<Runtime> {
  return (holder.__pressoRuntime ??= boot());
}

export async function getDb(): Promise<Db> {
  return (await getRuntime()).database.prisma;
}

async function boot(): Promise<Runtime> {
  const config = getConfig();
  ensureAuthSecret(config);
  const database = await connectDatabase(config.database);
  if (config.database.mode === "embedded") {
    const applied = await applyMigrations(database.sql, await readMigrations());
    if (applied.length > 0) console.log(`[presso] database migrated: ${applied.join(", ")}`);
    if (config.demoAccounts) {
      const { created } = await seedDemoEvent(database.prisma, config.demoAccounts);
      if (created) console.log("[presso] demo event created");
    }
  }
  const executor = await connectWorkflowEngine(config, database);
  // Screens hear a change as soon as its event is sent from this process; the publisher function repeats it durably.
  publishOnSend();
  if (config.realtime.mode === "local") {
    const hub = getHub();
    registerProbe("realtime", async () => `Server-Sent Events, ${hub.listenerCount()} listening`);
  }
  return { config, database, executor };
}

/** Tests hand the functions a database of their own (no engine is started: the test drives one itself). */
export function provideRuntimeForTests(runtime: Runtime): void {
  holder.__pressoRuntime = Promise.resolve(runtime);
}

/**
 * next-auth signs sessions with NEXTAUTH_SECRET. Managed deployments must set it; an embedded install keeps a
 * random one beside its data folder, so sessions survive a restart without any set-up.
 */
function ensureAuthSecret(config: AppConfig): void {
  if (config.authSecret) return;
  if (config.database.mode !== "embedded" || config.database.dataDir === "memory") {
    process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("hex");
    return;
  }
  const file = `${path.resolve(config.database.dataDir)}.auth-secret`;
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600, flag: "wx" });
  }
  process.env.NEXTAUTH_SECRET = readFileSync(file, "utf8").trim();
}

/** What the console says once the app is up: where to go and, in embedded mode, how to sign in. */
export function describeSignIn(config: AppConfig, baseUrl: string): string {
  const lines = [`[presso] ready on ${baseUrl} (database: ${config.database.mode}, workflows: ${config.workflows.mode}, realtime: ${config.realtime.mode})`];
  const demo = config.demoAccounts;
  if (demo) {
    const note = (fromEnvironment: boolean) => (fromEnvironment ? "from the environment" : "demo default");
    lines.push(
      `[presso] sign in at ${baseUrl}/signin`,
      `[presso]   organiser: ${demo.organiser.email} / ${demo.organiser.password}  (${note(demo.organiser.fromEnvironment)}; PRESSO_DEMO_ORGANISER_EMAIL, PRESSO_DEMO_ORGANISER_PASSWORD)`,
      `[presso]   barista:   ${demo.barista.email} / ${demo.barista.password}  (${note(demo.barista.fromEnvironment)}; PRESSO_DEMO_BARISTA_EMAIL, PRESSO_DEMO_BARISTA_PASSWORD)`,
      `[presso]   demo event: ${baseUrl}/e/demo/barista`,
    );
  }
  return lines.join("\n");
}
