import { randomBytes } from "node:crypto";
import { EmbeddedEngine } from "./engine";
import { listenExecutor } from "./http-server";
import type { SqlPort } from "./ports";
import { signBody } from "./signing";
import { migrateEngineStore } from "./store-schema";

/**
 * Starts the embedded executor for one app: the engine over the app's database, its HTTP face on 127.0.0.1, and
 * a background sync that asks the app's /api/inngest to register its functions (retried until the app listens).
 */

export type EmbeddedExecutor = {
  engine: EmbeddedEngine;
  url: string;
  /** The app's serve endpoint it calls, null when it only receives events (tests). */
  appUrl: string | null;
  signingKey: string;
  eventKey: string;
  /** Resolves once the app's functions are registered (or rejects with the reason the sync was refused). */
  synced: Promise<void>;
  close(): Promise<void>;
};

export type ExecutorOptions = {
  /** The app's database, on its driver (the executor's hot path is plain SQL). */
  sql: SqlPort;
  /** The app's serve endpoint, e.g. http://127.0.0.1:3000/api/inngest; null: receive events only, sync nothing. */
  serveUrl: string | null;
  port?: number;
  retryBaseMs?: number;
  log?: (message: string) => void;
};

export async function startEmbeddedExecutor(options: ExecutorOptions): Promise<EmbeddedExecutor> {
  const signingKey = `signkey-local-${randomBytes(32).toString("hex")}`;
  const eventKey = randomBytes(24).toString("hex");
  const log = options.log ?? ((message: string) => console.log(`[engine] ${message}`));
  // The executor's own tables, before anything reads them (a timer left by the last run of the process, say).
  const applied = await migrateEngineStore(options.sql);
  if (applied.length > 0) log(`store schema ${applied.join(", ")} applied`);
  const engine = new EmbeddedEngine(options.sql, { signingKey, appUrl: options.serveUrl ?? undefined, retryBaseMs: options.retryBaseMs, log });
  const server = await listenExecutor(engine, { signingKey, eventKey }, options.port ?? 0);
  let closed = false;
  const serveUrl = options.serveUrl;
  const synced = serveUrl
    ? syncUntilRegistered(serveUrl, signingKey, () => closed, log).then(() => {
        if (!engine.isSynced) throw new Error("the app answered the sync but registered no functions");
      })
    : Promise.resolve();
  synced.catch((error: unknown) => log(`sync failed: ${(error as Error).message}`));
  return {
    engine,
    url: server.url,
    appUrl: serveUrl,
    signingKey,
    eventKey,
    synced,
    async close() {
      closed = true;
      await engine.stop();
      await server.close();
    },
  };
}

/**
 * PUT on the serve endpoint makes the SDK register its functions with the executor (Inngest's normal sync). The
 * PUT is signed, so the app can refuse a sync that anyone else asks for (app/api/inngest/route.ts).
 */
async function syncUntilRegistered(serveUrl: string, signingKey: string, isClosed: () => boolean, log: (message: string) => void): Promise<void> {
  const deadline = Date.now() + 120_000;
  let delay = 100;
  for (;;) {
    if (isClosed()) return;
    try {
      const response = await fetch(serveUrl, { method: "PUT", headers: { "x-inngest-signature": signBody("", signingKey) } });
      const text = await response.text();
      if (response.ok) return;
      // The app answered: a refusal (an unsupported option, a bad key) will not change by asking again.
      if (response.status < 500 || /does not implement|unknown signing key/.test(text)) {
        throw new Error(`the app's functions were refused: ${messageOf(text)}`);
      }
      log(`sync answered ${response.status}: ${messageOf(text)}`);
    } catch (error) {
      if ((error as Error).message.startsWith("the app's functions were refused")) throw error;
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`no answer from ${serveUrl} within two minutes`);
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 2000);
  }
}

function messageOf(text: string): string {
  try {
    const parsed = JSON.parse(text) as { message?: string; error?: string };
    return parsed.message ?? parsed.error ?? text;
  } catch {
    return text;
  }
}
