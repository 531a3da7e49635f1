import type { Db, Prisma } from "../../db/client";
import { NotFoundError } from "../../errors";
import { sendStagedEvents, stageEvent } from "../../events/outbox";

/**
 * More writes that must commit with the switch, passed in by the caller (closing now ends the orders still being
 * chosen, through the orders service). They run after the store is marked closed, inside the same transaction,
 * and return the events they staged and a result for the caller.
 */
export type WithTheSwitch<Result> = (tx: Prisma.TransactionClient, changedAt: Date) => Promise<{ result: Result; stagedEventIds: string[] }>;

/**
 * Opens or closes an event's store; the booth screen, the board and new orders follow `config/changed`, which
 * commits with the change (outbox.ts) so a crash between the two cannot leave the screens on the old state.
 */
export async function setStoreOpen<Result = undefined>(
  db: Db,
  input: { eventId: string; open: boolean; changedBy: string; now?: Date },
  withTheSwitch?: WithTheSwitch<Result>,
): Promise<{ storeOpen: boolean; result: Result | undefined }> {
  const now = input.now ?? new Date();
  const { stagedEventIds, result } = await db.$transaction(
    async (tx) => {
      const { count } = await tx.event.updateMany({ where: { id: input.eventId }, data: { storeOpen: input.open } });
      if (count === 0) throw new NotFoundError("There is no such event");
      const changed = await stageEvent(tx, "config/changed", {
        eventId: input.eventId,
        changed: ["storeOpen"],
        storeOpen: input.open,
        changedBy: input.changedBy,
        changedAt: now.toISOString(),
      });
      const more = await withTheSwitch?.(tx, now);
      return { stagedEventIds: [changed, ...(more?.stagedEventIds ?? [])], result: more?.result };
    },
    // PGlite runs one transaction at a time: under a rush, waiting for the database is normal, not an error.
    { maxWait: 30_000, timeout: 30_000 },
  );
  await sendStagedEvents(db, { ids: stagedEventIds });
  return { storeOpen: input.open, result };
}
