import path from "node:path";
import { Worker } from "node:worker_threads";
import {
  DriverAdapterError,
  type ConnectionInfo,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
  type TransactionOptions,
} from "@prisma/driver-adapter-utils";
import type { SqlRunner } from "../sql-runner";

/**
 * The embedded database on a thread of its own (thread.mjs): PGlite's WebAssembly runs beside the app instead of
 * between its requests, which on a two-core booth laptop is the difference between one busy core and two. The
 * app reaches it through the same two doors as ever: a SqlRunner, and a Prisma driver adapter that forwards
 * Prisma's calls to pglite-prisma-adapter on that thread.
 */

export type PGliteThread = {
  sql: SqlRunner;
  adapter: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
};

export type PGliteThreadOptions = {
  /** A data folder, or "memory://" for a database that lives as long as the thread. */
  dataDir: string;
  /** A dump (PGlite's dumpDataDir) to start from, e.g. a migrated template for tests. */
  loadDataDir?: Uint8Array;
};

type Answer = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: RemoteError };
type RemoteError = { name: string; message: string; code?: string; detail?: string; constraint?: string; cause?: unknown };
type Ready = { ready: true; adapter: { provider: "postgres"; adapterName: string; connectionInfo?: ConnectionInfo } };

// Outside the server bundle on purpose: the worker is started from this file as it is on disk.
const threadScript = () => path.join(/* turbopackIgnore: true */ process.cwd(), "server", "db", "pglite-thread", "thread.mjs");

export async function openPGliteThread(options: PGliteThreadOptions): Promise<PGliteThread> {
  const worker = new Worker(threadScript(), { workerData: options });
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: unknown): void }>();
  let lastId = 0;
  let failure: Error | undefined;

  const ready = await new Promise<Ready>((resolve, reject) => {
    const failed = (error: Error) => {
      worker.off("message", opened);
      reject(error);
    };
    const exited = (code: number) => failed(new Error(`the database thread stopped while opening (exit code ${code})`));
    const opened = (message: Ready) => {
      worker.off("error", failed);
      worker.off("exit", exited);
      resolve(message);
    };
    worker.once("message", opened);
    worker.once("error", failed);
    worker.once("exit", exited);
  });

  worker.on("message", (answer: Answer) => {
    const call = pending.get(answer.id);
    if (!call) return;
    pending.delete(answer.id);
    if (answer.ok) call.resolve(answer.value);
    else call.reject(raise(answer.error));
  });
  const fail = (error: Error) => {
    failure = error;
    for (const call of pending.values()) call.reject(error);
    pending.clear();
  };
  worker.on("error", (error) => fail(new Error(`the database thread failed: ${error.message}`, { cause: error })));
  worker.on("exit", (code) => fail(new Error(`the database thread has stopped (exit code ${code})`)));

  function call<T>(op: string, args: Record<string, unknown> = {}): Promise<T> {
    if (failure) return Promise.reject(failure);
    const id = ++lastId;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ id, op, ...args });
    });
  }

  const info = ready.adapter;
  const queryable = (prefix: "adapter" | "tx", extra: Record<string, unknown> = {}) => ({
    provider: info.provider,
    adapterName: info.adapterName,
    queryRaw: (query: SqlQuery) => call<SqlResultSet>(`${prefix}.queryRaw`, { ...extra, query }),
    executeRaw: (query: SqlQuery) => call<number>(`${prefix}.executeRaw`, { ...extra, query }),
  });

  const driverAdapter: SqlDriverAdapter = {
    ...queryable("adapter"),
    executeScript: (script) => call<void>("adapter.executeScript", { script }),
    async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
      const started = await call<{ id: number; options: TransactionOptions }>("tx.start", { isolationLevel });
      return {
        ...queryable("tx", { tx: started.id }),
        options: started.options,
        commit: () => call<void>("tx.commit", { tx: started.id }),
        rollback: () => call<void>("tx.rollback", { tx: started.id }),
      };
    },
    getConnectionInfo: () => info.connectionInfo ?? { supportsRelationJoins: true },
    dispose: async () => {},
  };

  return {
    sql: {
      exec: (script) => call<void>("exec", { sql: script }),
      query: <Row>(sql: string, params: unknown[] = []) => call<Row[]>("query", { sql, params }),
    },
    adapter: {
      provider: info.provider,
      adapterName: info.adapterName,
      connect: async () => driverAdapter,
      connectToShadowDb: () => Promise.reject(new Error("the embedded database has no shadow database: author migrations with the bridge")),
    },
    async close() {
      if (!failure) await call("close");
      await worker.terminate();
    },
  };
}

/** The thread's error as the main thread's: Prisma turns a DriverAdapterError's cause into P2002 and the like. */
function raise(error: RemoteError): Error {
  if (error.name === "DriverAdapterError" && error.cause) return new DriverAdapterError(error.cause as ConstructorParameters<typeof DriverAdapterError>[0]);
  return Object.assign(new Error(error.message), {
    name: error.name,
    ...(error.code ? { code: error.code } : {}),
    ...(error.detail ? { detail: error.detail } : {}),
    ...(error.constraint ? { constraint: error.constraint } : {}),
  });
}
