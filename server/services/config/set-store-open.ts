import type { Db } from "../../db/client";
import { NotFoundError } from "../../errors";
import { sendStagedEvents, stageEvent } from "../../events/outbox";

/**
 * Opens or closes an event's store; the booth screen, the board and new orders follow `config/changed`, which
 * commits with the change (outbox.ts) so a crash between the two cannot leave the screens on the old state.
 */
export async function setStoreOpen(db: Db, input: { eventId: string; open: boolean; changedBy: string }) {
  const eventIds = await db.$transaction(
    async (tx) => {
      const { count } = await tx.event.updateMany({ where: { id: input.eventId }, data: { storeOpen: input.open } });
      if (count === 0) throw new NotFoundError("There is no such event");
      const changed = await stageEvent(tx, "config/changed", {
        eventId: input.eventId,
        changed: ["storeOpen"],
        storeOpen: input.open,
        changedBy: input.changedBy,
        changedAt: new Date().toISOString(),
      });
      return [changed];
    },
    // PGlite runs one transaction at a time: under a rush, waiting for the database is normal, not an error.
    { maxWait: 30_000, timeout: 30_000 },
  );
  await sendStagedEvents(db, { ids: eventIds });
  return { storeOpen: input.open };
}
