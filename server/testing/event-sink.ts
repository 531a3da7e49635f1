import { connectInngestClient, inngestTransport } from "../../inngest/client";
import { listReceivedEvents } from "../../inngest/embedded/inspect-events";
import { startEmbeddedExecutor } from "../../inngest/embedded/start-executor";
import type { Database } from "../db/connect";
import { setEventTransport } from "../events/event-transport";

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
