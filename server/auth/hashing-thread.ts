import { scrypt } from "node:crypto";
import { Worker } from "node:worker_threads";

/**
 * Where password hashes are computed: a thread of its own that runs at the lowest CPU priority, so that while
 * guessers keep it busy the request thread and the database's thread still get the cores first (a barista's board
 * stays quick; a sign-in waits a little longer). On Linux a thread's priority is its own, and `setPriority(0, …)`
 * names the calling thread; elsewhere it would lower the whole process, so there the thread keeps the normal one.
 * Without threads (a host that refuses them), hashes run on libuv's pool as before.
 */

export type ScryptJob = { password: string; salt: Buffer; keyBytes: number; params: { N: number; r: number; p: number; maxmem: number } };

// Evaluated as a script on the thread: Node's own modules only, nothing to bundle or ship beside the server output.
const THREAD_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { scryptSync } = require("node:crypto");
const { setPriority } = require("node:os");
if (workerData.lowerPriority) { try { setPriority(0, 19); } catch {} }
parentPort.on("message", ({ id, password, salt, keyBytes, params }) => {
  try {
    const key = scryptSync(password, Buffer.from(salt), keyBytes, params);
    parentPort.postMessage({ id, key });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error) });
  }
});
`;

type Settle = (result: { key?: Uint8Array; error?: string }) => void;
type HashingThread = { worker: Worker; pending: Map<number, Settle> };

const idle: HashingThread[] = [];
let threadsRefused = false;
let lastId = 0;

function startThread(): HashingThread {
  const worker = new Worker(THREAD_SOURCE, { eval: true, workerData: { lowerPriority: process.platform === "linux" } });
  const thread: HashingThread = { worker, pending: new Map() };
  worker.on("message", ({ id, key, error }: { id: number; key?: Uint8Array; error?: string }) => {
    thread.pending.get(id)?.({ key, error });
    thread.pending.delete(id);
  });
  const stop = (message: string) => {
    const at = idle.indexOf(thread);
    if (at >= 0) idle.splice(at, 1);
    for (const settle of thread.pending.values()) settle({ error: message });
    thread.pending.clear();
  };
  worker.on("error", (error) => {
    threadsRefused = true;
    console.error(`[presso] password hashing thread failed, hashing on libuv's pool: ${error.message}`);
    stop(error.message);
  });
  worker.on("exit", (code) => stop(`the password hashing thread stopped (exit code ${code})`));
  return thread;
}

function onPool(job: ScryptJob): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(job.password, job.salt, job.keyBytes, job.params, (error, key) => (error ? reject(error) : resolve(key))));
}

/**
 * Derives one key. The caller keeps to its own limit of hashes at once (passwords.ts), so each job finds an idle
 * thread or starts one: there are never more threads than that limit.
 */
export async function deriveOnHashingThread(job: ScryptJob): Promise<Buffer> {
  if (threadsRefused) return onPool(job);
  let thread: HashingThread;
  try {
    thread = idle.pop() ?? startThread();
  } catch {
    threadsRefused = true;
    return onPool(job);
  }
  thread.worker.ref();
  try {
    const id = ++lastId;
    const result = await new Promise<{ key?: Uint8Array; error?: string }>((settle) => {
      thread.pending.set(id, settle);
      thread.worker.postMessage({ id, password: job.password, salt: job.salt, keyBytes: job.keyBytes, params: job.params });
    });
    if (result.error !== undefined || !result.key) {
      if (threadsRefused) return onPool(job);
      throw new Error(result.error ?? "the password hashing thread gave no key");
    }
    return Buffer.from(result.key);
  } finally {
    // An idle thread does not keep the process alive.
    thread.worker.unref();
    if (thread.worker.threadId !== -1 && !threadsRefused) idle.push(thread);
  }
}
