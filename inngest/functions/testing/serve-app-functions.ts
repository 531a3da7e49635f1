import { afterAll, beforeAll } from "vitest";
import { parseConfig } from "../../../server/config";
import type { Database } from "../../../server/db/connect";
import { setEventTransport } from "../../../server/events/event-transport";
import { provideRuntimeForTests } from "../../../server/boot/runtime";
import { createTestDb } from "../../../server/testing/test-db";
import { connectInngestClient, inngest, inngestTransport } from "../../client";
import { startHarness, type Harness } from "../../embedded/testing/harness";
import { functions } from "../index";

/**
 * For one Inngest function's test file: a fresh database and the app's own functions, served by the SDK and driven
 * by the embedded executor as `npm run dev` runs them. Every function is served, so a test sees the others react
 * too (the journal records what a function sends), as in the app.
 */
export function serveAppFunctions() {
  const served = {} as { database: Database; harness: Harness };
  beforeAll(async () => {
    served.database = await createTestDb();
    served.harness = await startAppFunctions(served.database);
  });
  afterAll(async () => {
    await served.harness?.close();
    await served.database?.close();
  });
  return served;
}

/** The app's functions on `database`, wired as server/boot wires them: the client, the event transport, `db`. */
export async function startAppFunctions(database: Database): Promise<Harness> {
  provideRuntimeForTests({ config: parseConfig({}), database });
  return startHarness({
    appId: "presso",
    database,
    functions: () => functions,
    appClient: {
      client: inngest,
      connect: (connection) => {
        connectInngestClient({ mode: "embedded", ...connection });
        setEventTransport(inngestTransport);
      },
    },
  });
}

/** Reads until `accept` says yes or the time is up, and returns the last reading either way. */
export async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
