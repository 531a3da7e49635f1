import type { Db } from "../../db/client";
import { NotFoundError } from "../../errors";
import { sendEvent } from "../../events/send-event";

/** Opens or closes an event's store; the booth screen, the board and new orders follow `config/changed`. */
export async function setStoreOpen(db: Db, input: { eventId: string; open: boolean; changedBy: string }) {
  const { count } = await db.event.updateMany({ where: { id: input.eventId }, data: { storeOpen: input.open } });
  if (count === 0) throw new NotFoundError("There is no such event");
  await sendEvent("config/changed", {
    eventId: input.eventId,
    changed: ["storeOpen"],
    storeOpen: input.open,
    changedBy: input.changedBy,
    changedAt: new Date().toISOString(),
  });
  return { storeOpen: input.open };
}
