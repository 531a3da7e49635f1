import { randomUUID } from "node:crypto";
import type { Db, Prisma } from "../db/client";
import type { CatalogEventName, EventData } from "./catalog";
import { sendEvent } from "./send-event";
import { catalogued } from "./validate-event";

/**
 * The transactional outbox: a command writes the events that announce its change in the same transaction as the
 * change (stageEvent), and sends them once it has committed (sendStagedEvents). A crash between the two loses no
 * event: what is left is sent when the app starts again, or by the next sweep. The engine drops a second send of
 * an event id, so sending twice after a crash changes nothing.
 */

/** How long a sender holds the rows it took; after that another sender may take them (the first one died). */
const claimMs = 30_000;

/** Writes an event to send once the transaction commits; checked against the catalog now, so a bad one fails the change. */
export async function stageEvent<Name extends CatalogEventName>(
  tx: Prisma.TransactionClient,
  name: Name,
  data: EventData<Name>,
  options: { id?: string } = {},
): Promise<string> {
  catalogued(name, data);
  const id = options.id ?? randomUUID();
  await tx.outboxEvent.create({ data: { id, name, data: data as Prisma.InputJsonValue } });
  return id;
}

export type SendOptions = {
  /** Only these events (a command sends its own); all waiting events when absent (start-up and sweeps). */
  ids?: string[];
  /** Take rows another sender holds: at start-up in embedded mode, where the only other sender was this app before it stopped. */
  takeOverClaims?: boolean;
  log?: (message: string) => void;
  now?: Date;
};

/** Sends staged events in the order they were written, deleting each once the engine has it. Returns how many were sent. */
export async function sendStagedEvents(db: Db, options: SendOptions = {}): Promise<number> {
  const now = options.now ?? new Date();
  const log = options.log ?? ((message: string) => console.warn(`[presso] ${message}`));
  // One conditional update takes the rows, so two senders never send the same event at the same moment.
  const taken = await db.outboxEvent.updateManyAndReturn({
    where: {
      ...(options.ids ? { id: { in: options.ids } } : {}),
      ...(options.takeOverClaims ? {} : { OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }] }),
    },
    data: { claimedUntil: new Date(now.getTime() + claimMs) },
  });
  taken.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  let sent = 0;
  for (const row of taken) {
    try {
      await sendEvent(row.name as CatalogEventName, row.data as never, { id: row.id });
      await db.outboxEvent.delete({ where: { id: row.id } });
      sent++;
    } catch (error) {
      // Kept for the next sweep; released now so it need not wait for the claim to run out.
      log(`event ${row.name} ${row.id} not sent yet: ${(error as Error).message}`);
      await db.outboxEvent.updateMany({ where: { id: row.id }, data: { claimedUntil: null } }).catch(() => {});
    }
  }
  return sent;
}

/**
 * Sends what earlier commands left (a crash, an engine that did not answer) now and then, until stopped. The first
 * pass runs at once: at start-up it sends what a crash left behind.
 */
export function startOutboxSweeper(db: Db, options: { everyMs?: number; takeOverClaimsAtStart?: boolean } = {}): { stop(): Promise<void> } {
  let stopped = false;
  let running: Promise<unknown> = sendStagedEvents(db, { takeOverClaims: options.takeOverClaimsAtStart }).catch(report);
  const timer = setInterval(() => {
    if (stopped) return;
    running = running.then(() => (stopped ? 0 : sendStagedEvents(db).catch(report)));
  }, options.everyMs ?? 5_000);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}

function report(error: unknown): number {
  console.warn(`[presso] sending staged events: ${(error as Error).message}`);
  return 0;
}
