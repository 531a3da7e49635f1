import { afterAll, beforeAll } from "vitest";
import { connectInngestClient, inngestTransport } from "../../inngest/client";
import { listReceivedEvents } from "../../inngest/embedded/inspect-events";
import { startEmbeddedExecutor } from "../../inngest/embedded/start-executor";
import type { Database } from "../db/connect";
import { setEventTransport } from "../events/event-transport";
import { createTestDb } from "./test-db";

/**
 * For service tests: an embedded executor with no functions synced, so the events a service sends are accepted
 * and stored (in EngineEvent, for the test to read) but nothing runs.
 */
export async function startEventSink(database: Database) {
  const executor = await startEmbeddedExecutor({ sql: database.sql, serveUrl: null, log: () => {} });
  connectInngestClient({ mode: "embedded", baseUrl: executor.url, signingKey: executor.signingKey, eventKey: executor.eventKey });
  setEventTransport(inngestTransport);
  return {
    /** The events sent so far with this name, oldest first. */
    async sent(name: string) {
      return (await listReceivedEvents(database.sql, { name })).map((event) => event.data);
    },
    close: () => executor.close(),
  };
}

/**
 * For a service test file: a fresh database and an event sink on it, made before the file's tests and closed after
 * them. Read `setup.database` and `setup.events` inside tests (they exist once beforeAll has run).
 */
export function databaseWithEventSink() {
  const setup = {} as { database: Database; events: Awaited<ReturnType<typeof startEventSink>> };
  beforeAll(async () => {
    setup.database = await createTestDb();
    setup.events = await startEventSink(setup.database);
  });
  afterAll(async () => {
    await setup.events?.close();
    await setup.database?.close();
  });
  return setup;
}
