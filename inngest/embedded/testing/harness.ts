import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Inngest, type ClientOptions, type InngestFunction } from "inngest";
import { serve } from "inngest/node";
import type { Database } from "../../../server/db/connect";
import { createTestDb } from "../../../server/testing/test-db";
import { startEmbeddedExecutor, type EmbeddedExecutor } from "../start-executor";

/**
 * Runs a set of Inngest functions the way production does: served over HTTP by the SDK's own handler, driven
 * by an engine. The engine is the embedded executor by default, or the Inngest dev server at INNGEST_DEV_URL
 * (`npx inngest-cli dev`), so the same conformance suite checks both.
 */

export type Observations = {
  record(key: string, value?: unknown): void;
  count(key: string): number;
  values(key: string): unknown[];
  waitFor(key: string, times?: number, timeoutMs?: number): Promise<unknown[]>;
};

export function createObservations(): Observations {
  const seen = new Map<string, unknown[]>();
  const waiters = new Set<() => void>();
  return {
    record(key, value = null) {
      seen.set(key, [...(seen.get(key) ?? []), value]);
      for (const wake of waiters) wake();
    },
    count: (key) => seen.get(key)?.length ?? 0,
    values: (key) => seen.get(key) ?? [],
    waitFor(key, times = 1, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const values = seen.get(key) ?? [];
          if (values.length >= times) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(values);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`"${key}" was seen ${seen.get(key)?.length ?? 0} times, expected ${times}, within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}

export type EngineTarget = "embedded" | "inngest-dev";
export const devServerUrl = process.env.INNGEST_DEV_URL;

export type Harness = {
  target: EngineTarget;
  client: Inngest;
  executor: EmbeddedExecutor | undefined;
  database: Database | undefined;
  appUrl: string;
  /** How long the SDK's handler took for each request it served, in ms (the engine-independent share of a step). */
  handlerMs: number[];
  send(name: string, data?: Record<string, unknown>, id?: string): Promise<string>;
  close(): Promise<void>;
};

export async function startHarness(options: {
  appId: string;
  target?: EngineTarget;
  functions: (client: Inngest) => InngestFunction.Any[];
  database?: Database;
  retryBaseMs?: number;
  /** The app's own client, pointed at the engine by the app's own code (instead of a client of the test's). */
  appClient?: { client: Inngest; connect(connection: { baseUrl: string; signingKey: string; eventKey: string }): void };
}): Promise<Harness> {
  const target = options.target ?? "embedded";
  // The SDK logs every step error; the tests assert on them instead.
  const quiet = { info() {}, warn() {}, error() {}, debug() {} };
  const clientOptions: ClientOptions = { id: options.appId, logger: quiet };
  const client = options.appClient?.client ?? new Inngest(clientOptions);
  const functions = options.functions(client);

  // The SDK's handler reads the engine's address when it is made, so it is made once the engine is known.
  let handler: ReturnType<typeof serve> | undefined;
  const handlerMs: number[] = [];
  const app: Server = createServer((req, res) => {
    if (!handler) {
      res.writeHead(503).end("starting");
      return;
    }
    const started = performance.now();
    res.on("finish", () => handlerMs.length < 100_000 && handlerMs.push(performance.now() - started));
    void handler(req, res);
  });
  await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", () => resolve()));
  const appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}/api/inngest`;

  let executor: EmbeddedExecutor | undefined;
  let database: Database | undefined;
  if (target === "embedded") {
    database = options.database ?? (await createTestDb());
    executor = await startEmbeddedExecutor({ sql: database.sql, serveUrl: appUrl, retryBaseMs: options.retryBaseMs ?? 25, log: () => {} });
    const connection = { baseUrl: executor.url, signingKey: executor.signingKey, eventKey: executor.eventKey };
    if (options.appClient) options.appClient.connect(connection);
    else Object.assign(clientOptions, { isDev: false, ...connection });
    handler = serve({ client, functions });
    await executor.synced;
  } else {
    if (!devServerUrl) throw new Error("INNGEST_DEV_URL is not set");
    Object.assign(clientOptions, { isDev: true, baseUrl: devServerUrl });
    handler = serve({ client, functions });
    const response = await fetch(appUrl, { method: "PUT" });
    if (!response.ok) throw new Error(`the dev server refused the sync: ${await response.text()}`);
  }

  return {
    target,
    client,
    executor,
    database,
    appUrl,
    handlerMs,
    async send(name, data = {}, id) {
      const { ids } = await client.send({ name, data, ...(id ? { id } : {}) });
      return ids[0]!;
    },
    async close() {
      await executor?.close();
      await new Promise<void>((resolve) => {
        app.closeAllConnections();
        app.close(() => resolve());
      });
      if (!options.database) await database?.close();
    },
  };
}
