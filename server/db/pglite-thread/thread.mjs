// @ts-check
/**
 * The embedded database's own thread: PGlite (Postgres compiled to WebAssembly) runs here, so its work never
 * holds up the app's requests on the main thread. The main thread asks over the worker's message port:
 *   - `query` / `exec`: plain SQL for the executor, the migrator and the health check (rows as objects);
 *   - `adapter.*` / `tx.*`: Prisma's driver-adapter calls, answered by pglite-prisma-adapter in this thread.
 * Every answer is `{ id, ok, value }` or `{ id, ok: false, error }`; errors keep their name, message, code and
 * the adapter's `cause`, so the main thread can raise the same error (Prisma maps it to P2002 and the like).
 *
 * Plain JavaScript: the Next.js server loads it as it is, outside its bundle (see open-pglite-thread.ts).
 */
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";

if (!parentPort) throw new Error("thread.mjs runs as a worker thread of the app");
const port = parentPort;

/** @type {{ dataDir: string; loadDataDir?: Uint8Array; pgliteWasmModule?: WebAssembly.Module }} */
const options = workerData;

const pglite = new PGlite({
  dataDir: options.dataDir,
  ...(options.loadDataDir ? { loadDataDir: new Blob([options.loadDataDir]) } : {}),
  ...(options.pgliteWasmModule ? { pgliteWasmModule: options.pgliteWasmModule } : {}),
});
const adapter = await new PrismaPGlite(pglite).connect();

/** Open Prisma transactions by id: each holds PGlite's transaction lock until it commits or rolls back. */
/** @type {Map<number, Awaited<ReturnType<typeof adapter.startTransaction>>>} */
const transactions = new Map();
let lastTransaction = 0;

function transaction(/** @type {number} */ id) {
  const tx = transactions.get(id);
  if (!tx) throw new Error(`transaction ${id} is not open`);
  return tx;
}

/** @type {Record<string, (message: any) => Promise<unknown>>} */
const handlers = {
  async query({ sql, params }) {
    return (await pglite.query(sql, params ?? [])).rows;
  },
  async exec({ sql }) {
    await pglite.exec(sql);
    return null;
  },
  "adapter.queryRaw": ({ query }) => adapter.queryRaw(query),
  "adapter.executeRaw": ({ query }) => adapter.executeRaw(query),
  async "adapter.executeScript"({ script }) {
    // The adapter does not wait for its own script; waiting here keeps a failed script from passing silently.
    await pglite.exec(script);
    return null;
  },
  async "tx.start"({ isolationLevel }) {
    const tx = await adapter.startTransaction(isolationLevel);
    const id = ++lastTransaction;
    transactions.set(id, tx);
    return { id, options: tx.options };
  },
  "tx.queryRaw": ({ tx, query }) => transaction(tx).queryRaw(query),
  "tx.executeRaw": ({ tx, query }) => transaction(tx).executeRaw(query),
  async "tx.commit"({ tx }) {
    const open = transaction(tx);
    transactions.delete(tx);
    await open.commit();
    return null;
  },
  async "tx.rollback"({ tx }) {
    const open = transaction(tx);
    transactions.delete(tx);
    await open.rollback();
    return null;
  },
  async close() {
    await pglite.close();
    return null;
  },
};

/** What crosses back for an error: enough to raise the same kind of error on the other side. */
function describeError(/** @type {any} */ error) {
  return {
    name: error?.name ?? "Error",
    message: error?.message ?? String(error),
    code: error?.code,
    detail: error?.detail,
    constraint: error?.constraint,
    cause: error?.name === "DriverAdapterError" ? error.cause : undefined,
  };
}

port.on("message", async (/** @type {{ id: number; op: string }} */ message) => {
  const handler = handlers[message.op];
  try {
    if (!handler) throw new Error(`the database thread has no operation "${message.op}"`);
    port.postMessage({ id: message.id, ok: true, value: await handler(message) });
  } catch (error) {
    port.postMessage({ id: message.id, ok: false, error: describeError(error) });
  }
});

port.postMessage({
  ready: true,
  adapter: { provider: adapter.provider, adapterName: adapter.adapterName, connectionInfo: adapter.getConnectionInfo?.() },
});
