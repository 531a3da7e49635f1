import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { AppConfig } from "../config";
import type { Database } from "../db/connect";
import { registerProbe } from "./health";
import { connectInngestClient } from "../../inngest/client";
import { startEmbeddedExecutor, type EmbeddedExecutor } from "../../inngest/embedded/start-executor";

/**
 * Points the app's Inngest client at the engine the environment chose, starting the embedded executor when that
 * is the choice. In embedded mode the executor's address and event key are also written beside the data folder
 * (readable by this user only), so `npm run events:send` can reach the running server.
 */
export async function connectWorkflowEngine(config: AppConfig, database: Database): Promise<EmbeddedExecutor | undefined> {
  if (config.workflows.mode === "inngest-dev") {
    connectInngestClient({ mode: "inngest-dev", baseUrl: config.workflows.url });
    return undefined;
  }
  if (config.workflows.mode === "cloud") {
    connectInngestClient({ mode: "cloud" });
    return undefined;
  }
  const executor = await startEmbeddedExecutor({ sql: database.sql, serveUrl: `http://127.0.0.1:${config.port}/api/inngest` });
  connectInngestClient({ mode: "embedded", baseUrl: executor.url, signingKey: executor.signingKey, eventKey: executor.eventKey });
  registerProbe("workflows", async () => {
    if (!executor.engine.isSynced) throw new Error("the app's functions are not registered yet");
    return `${executor.engine.listFunctions().length} functions registered`;
  });
  const file = engineFile(config);
  if (file) {
    writeFileSync(file, JSON.stringify({ url: executor.url, eventKey: executor.eventKey, pid: process.pid }), { mode: 0o600 });
    process.once("exit", () => rmSync(file, { force: true }));
  }
  executor.synced.then(
    () => console.log(`[presso] workflows: ${executor.engine.listFunctions().length} functions registered with the embedded executor`),
    () => {},
  );
  return executor;
}

/** Where a running embedded server leaves its executor's address for the command line. */
export function engineFile(config: AppConfig): string | undefined {
  if (config.database.mode !== "embedded" || config.database.dataDir === "memory") return undefined;
  return `${path.resolve(config.database.dataDir)}.engine.json`;
}
