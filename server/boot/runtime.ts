import { randomBytes } from "node:crypto";
import { DEMO_SLUG, seedDemoEvent } from "../../prisma/seed/demo-event";
import { getConfig, type AppConfig } from "../config";
import { embeddedAuthSecret } from "../data-folder/auth-secret";
import { demoSignIns, type DemoSignIns } from "../data-folder/demo-sign-ins";
import { privateFolderOf } from "../data-folder/private-files";
import type { Db } from "../db/client";
import { connectDatabase, type Database } from "../db/connect";
import { setEventTransport } from "../events/event-transport";
import { startOutboxSweeper } from "../events/outbox";
import { applyMigrations, readMigrations } from "../db/migrate";
import { inngestTransport, provideWorkflowDependencies } from "../../inngest/client";
import { connectWorkflowEngine } from "./connect-engine";
import { getRun, listRuns } from "../../inngest/embedded/inspect-runs";
import type { EmbeddedExecutor } from "../../inngest/embedded/start-executor";
import { registerProbe } from "./health";
import { getHub } from "../realtime/hub";
import { publishOnSend } from "../services/publisher/publish-on-send";
import type { RunInspector } from "../trpc/run-inspector";
import { eventPaths } from "../shared/event-paths";

/**
 * The composition root: the process's one runtime. Configuration, the open database and, in embedded mode, the
 * migrations and the demo event applied before the first request is served; the event bus wired to the engine,
 * the engine connected, and the engine's run inspector handed to the organiser's views. Kept on globalThis so hot reloads in `next dev`
 * reuse it instead of opening the database twice.
 */

export type Runtime = {
  config: AppConfig;
  database: Database;
  executor?: EmbeddedExecutor;
  demoSignIns?: DemoSignIns;
  /** Reads the engine's runs for the organiser (the executor's tables, through a SQL port the caller answers). */
  runInspector: RunInspector;
};

/** The engine's own inspector: it reads the executor's tables, which every mode migrates. */
const runInspector: RunInspector = { listRuns, getRun };

const holder = globalThis as typeof globalThis & { __pressoRuntime?: Promise<Runtime> };

export function getRuntime(): Promise<Runtime> {
  return (holder.__pressoRuntime ??= boot());
}

export async function getDb(): Promise<Db> {
  return (await getRuntime()).database.prisma;
}

async function boot(): Promise<Runtime> {
  const config = getConfig();
  // Events go out through the Inngest client, which connectWorkflowEngine points at the chosen engine.
  setEventTransport(inngestTransport);
  const database = await connectDatabase(config.database);
  // After the database opened: its folder exists and holds a database, so the private folder can go inside it.
  const privateFolder = config.database.mode === "embedded" && config.database.dataDir !== "memory" ? privateFolderOf(config.database.dataDir) : undefined;
  settleAuthSecret(config, privateFolder);
  let signIns: DemoSignIns | undefined;
  if (config.database.mode === "embedded") {
    const applied = await applyMigrations(database.sql, await readMigrations());
    if (applied.length > 0) console.log(`[presso] database migrated: ${applied.join(", ")}`);
    if (config.demoAccounts) {
      signIns = demoSignIns(config.demoAccounts, privateFolder);
      const { created } = await seedDemoEvent(database.prisma, signIns);
      if (created) console.log("[presso] demo event created");
    }
  }
  // The app's functions are handed the database through the SDK's dependency injection, before any can run.
  provideWorkflowDependencies({ db: database.prisma, webPush: config.webPush });
  const executor = await connectWorkflowEngine(config, database);
  // Events a crash left between a command's commit and their sending go out now, then every few seconds whatever
  // an engine that did not answer left. Embedded, this app was the only sender, so it takes over their claims.
  startOutboxSweeper(database.prisma, { takeOverClaimsAtStart: config.database.mode === "embedded" });
  // Screens hear a change as soon as its event is sent from this process; the publisher function repeats it durably.
  publishOnSend(config.webPush && { db: database.prisma, webPush: config.webPush });
  if (config.realtime.mode === "local") {
    const hub = getHub();
    registerProbe("realtime", async () => `Server-Sent Events, ${hub.listenerCount()} listening`);
  }
  return { config, database, executor, demoSignIns: signIns, runInspector };
}

/** Tests hand the functions a database of their own (no engine is started: the test drives one itself). */
export function provideRuntimeForTests(runtime: Omit<Runtime, "runInspector"> & Partial<Pick<Runtime, "runInspector">>): void {
  holder.__pressoRuntime = Promise.resolve({ runInspector, ...runtime });
  provideWorkflowDependencies({ db: runtime.database.prisma });
}

/**
 * next-auth signs sessions with NEXTAUTH_SECRET. Managed deployments must set it (config.ts refuses a missing or
 * published one); an embedded install keeps a random one in its data folder's private folder.
 */
function settleAuthSecret(config: AppConfig, privateFolder: string | undefined): void {
  if (config.authSecret) return;
  // In memory, or a managed database in development: sessions last as long as the process.
  process.env.NEXTAUTH_SECRET =
    privateFolder && config.database.mode === "embedded"
      ? embeddedAuthSecret(config.database.dataDir, privateFolder)
    : (process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString("hex"));
}

/** What the console says once the app is up: where to go and, in embedded mode, how to sign in. */
export function describeSignIn(runtime: Pick<Runtime, "config" | "demoSignIns">, baseUrl: string): string {
  const { config } = runtime;
  const lines = [`[presso] ready on ${baseUrl} (database: ${config.database.mode}, workflows: ${config.workflows.mode}, realtime: ${config.realtime.mode})`];
  const demo = runtime.demoSignIns;
  if (demo) {
    // A password is shown once, when it is made; after that the operator looks it up in the private file.
    const password = (account: DemoSignIns["organiser"], variable: string) =>
      account.source === "made now"
        ? `${account.password}  (made now, kept in ${demo.file ?? "memory only"})`
        : account.source === "kept"
          ? `password in ${demo.file}`
          : `password from ${variable}`;
    lines.push(
      `[presso] sign in at ${baseUrl}/signin`,
      `[presso]   organiser: ${demo.organiser.email} / ${password(demo.organiser, "PRESSO_DEMO_ORGANISER_PASSWORD")}`,
      `[presso]   barista:   ${demo.barista.email} / ${password(demo.barista, "PRESSO_DEMO_BARISTA_PASSWORD")}`,
      `[presso]   demo event: ${baseUrl}${eventPaths(DEMO_SLUG).board}`,
    );
  }
  return lines.join("\n");
}
