import { Inngest, dependencyInjectionMiddleware, type ClientOptions } from "inngest";
import type { Db } from "../server/db/client";
import type { EventTransport } from "../server/events/event-transport";
import type { WebPushSettings } from "../server/services/publisher/send-web-push";

/**
 * The one Inngest client. Which engine it talks to is settled at start (server/boot/runtime.ts) from the environment:
 * the embedded executor on 127.0.0.1, `npx inngest-cli dev`, or Inngest Cloud. The SDK reads these options on
 * every call, so the embedded executor's address, known only once it listens, can be filled in then. The options
 * live on globalThis because Next.js bundles the start-up code and each route apart: one object serves them all.
 */
const shared = globalThis as typeof globalThis & {
  __pressoInngestOptions?: ClientOptions;
  __pressoWorkflowDependencies?: Partial<WorkflowDependencies>;
};

/** What every function of the app is handed with its event and steps (the SDK's dependency injection). */
export type WorkflowDependencies = {
  /** The app's database, opened by the composition root (server/boot) before the first run is served. */
  db: Db;
  /** The operator's VAPID keys when Web Push is on (config.ts), for the publisher's notifications; else undefined. */
  webPush?: WebPushSettings;
};

const provided: Partial<WorkflowDependencies> = (shared.__pressoWorkflowDependencies ??= {});

/**
 * The SDK spreads this object into each run's input, so reading `db` happens per run: a run that starts before the
 * composition root wired the app fails with a plain reason instead of a null database.
 */
const injected: WorkflowDependencies = {
  get db(): Db {
    if (!provided.db) throw new Error("The workflows' dependencies are not wired yet: server/boot provides them at start.");
    return provided.db;
  },
  get webPush(): WebPushSettings | undefined {
    return provided.webPush;
  },
};

const options = (shared.__pressoInngestOptions ??= { id: "presso", middleware: [dependencyInjectionMiddleware(injected)] }) as {
  id: "presso";
  middleware: [ReturnType<typeof dependencyInjectionMiddleware<WorkflowDependencies>>];
};

export const inngest = new Inngest(options);

/** The composition root (and tests that run functions) hand the functions what they use. */
export function provideWorkflowDependencies(dependencies: WorkflowDependencies): void {
  Object.assign(provided, dependencies);
}

/** The client as the event bus's engine port (server/events/event-transport), wired at start and by tests that send. */
export const inngestTransport: EventTransport = {
  send: (event) => inngest.send(event as Parameters<typeof inngest.send>[0]),
};

export type EngineConnection =
  | { mode: "embedded"; baseUrl: string; signingKey: string; eventKey: string }
  | { mode: "inngest-dev"; baseUrl: string }
  | { mode: "cloud" };

export function connectInngestClient(connection: EngineConnection): void {
  switch (connection.mode) {
    case "embedded":
      // Cloud mode with a key of this install: /api/inngest then refuses calls that the executor did not sign,
      // which matters on a booth network full of phones.
      Object.assign(options, { isDev: false, baseUrl: connection.baseUrl, signingKey: connection.signingKey, eventKey: connection.eventKey });
      break;
    case "inngest-dev":
      Object.assign(options, { isDev: true, baseUrl: connection.baseUrl });
      break;
    case "cloud":
      Object.assign(options, { isDev: false });
      break;
  }
}
