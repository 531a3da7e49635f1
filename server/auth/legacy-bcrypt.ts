import bcrypt from "bcryptjs";
import { Worker } from "node:worker_threads";

/**
 * Checks a password against a bcrypt hash made before Presso hashed with scrypt. bcryptjs is JavaScript: on the
 * request thread, a cost-12 check holds the event loop for a quarter of a second, so it runs on a thread of its
 * own. Such hashes are replaced with scrypt at the owner's next successful sign-in (accounts.ts), so this thread
 * serves the first sign-ins after an upgrade and then sits idle.
 */

export function isBcryptHash(hash: string): boolean {
  return /^\$2[aby]\$\d\d\$[./A-Za-z0-9]{53}$/.test(hash);
}

// Evaluated as a script on the thread: nothing to bundle or ship beside the server output. It loads bcryptjs from
// node_modules, which the static import above keeps in a traced server output.
const THREAD_SOURCE = `
const { parentPort } = require("node:worker_threads");
const bcrypt = require("bcryptjs");
parentPort.on("message", ({ id, password, hash }) => {
  let matches = false;
  try { matches = bcrypt.compareSync(password, hash); } catch {}
  parentPort.postMessage({ id, matches });
});
`;

type Pending = Map<number, (matches: boolean | Error) => void>;
let thread: { worker: Worker; pending: Pending } | undefined;
let threadFailed = false;
let lastId = 0;

function startThread() {
  const worker = new Worker(THREAD_SOURCE, { eval: true });
  const pending: Pending = new Map();
  const started = { worker, pending };
  worker.on("message", ({ id, matches }: { id: number; matches: boolean }) => {
    pending.get(id)?.(matches);
    pending.delete(id);
    if (pending.size === 0) worker.unref();
  });
  const stop = (error: Error) => {
    if (thread === started) thread = undefined;
    for (const settle of pending.values()) settle(error);
    pending.clear();
  };
  worker.on("error", (error) => {
    // It cannot load bcryptjs or run at all: later checks run here rather than start a thread that fails again.
    threadFailed = true;
    console.error(`[presso] bcrypt thread failed, checking old password hashes on the request thread: ${error.message}`);
    stop(error);
  });
  worker.on("exit", (code) => stop(new Error(`the bcrypt thread stopped (exit code ${code})`)));
  return started;
}

export async function verifyBcrypt(password: string, hash: string): Promise<boolean> {
  // Without a thread (a host that refuses them): slower for the board, and still behind the sign-in limits.
  if (threadFailed) return bcrypt.compare(password, hash);
  let running: NonNullable<typeof thread>;
  try {
    running = thread ??= startThread();
  } catch {
    threadFailed = true;
    return bcrypt.compare(password, hash);
  }
  const id = ++lastId;
  const answer = await new Promise<boolean | Error>((settle) => {
    running.pending.set(id, settle);
    running.worker.ref(); // a check under way keeps the process up; an idle thread does not
    running.worker.postMessage({ id, password, hash });
  });
  if (answer instanceof Error) return bcrypt.compare(password, hash);
  return answer;
}
