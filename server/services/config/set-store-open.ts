import type { Db, Prisma } from "../../db/client";
import { NotFoundError, RefusedError } from "../../errors";
import { sendStagedEvents, stageEvent } from "../../events/outbox";

/**
 * More writes that must commit with the switch, passed in by the caller (closing now ends the orders still being
 * chosen, through the orders service). They run after the store is marked closed, inside the same transaction,
 * and return the events they staged and a result for the caller.
 */
export type WithTheSwitch<Result> = (tx: Prisma.TransactionClient, changedAt: Date) => Promise<{ result: Result; stagedEventIds: string[] }>;

/**
 * Opens the store only where a drink can be ordered and someone can make it: one conditional update, so a drink or
 * a barista removed at the same moment cannot slip between a check and the switch. Returns how many rows it opened.
 */
function openIfReady(tx: Prisma.TransactionClient, eventId: string): Promise<number> {
  return tx.$executeRaw`
    UPDATE "Event" SET "storeOpen" = true, "updatedAt" = now()
    WHERE id = ${eventId}
      AND EXISTS (SELECT 1 FROM "MenuItem" WHERE "eventId" = ${eventId} AND available)
      AND EXISTS (SELECT 1 FROM "EventStaff" WHERE "eventId" = ${eventId} AND role = 'BARISTA')`;
}

/** Why the store did not open, in the words the board and the console show (and a code for each). */
async function whyNotReady(tx: Prisma.TransactionClient, eventId: string): Promise<Error> {
  const event = await tx.event.findUnique({
    where: { id: eventId },
    select: { _count: { select: { menuItems: { where: { available: true } }, staff: { where: { role: "BARISTA" } } } } },
  });
  if (!event) return new NotFoundError("There is no such event");
  if (event._count.menuItems === 0) {
    return new RefusedError("The store cannot open yet: no drink on the menu is available. Add a drink, or mark one available, first.", "menu-empty");
  }
  return new RefusedError("The store cannot open yet: nobody at this event is a barista. Add a barista under Staff first.", "no-barista");
}

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
      const count = input.open ? await openIfReady(tx, input.eventId) : (await tx.event.updateMany({ where: { id: input.eventId }, data: { storeOpen: false } })).count;
      if (count === 0) throw await whyNotReady(tx, input.eventId);
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
