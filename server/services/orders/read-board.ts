import type { Db } from "../../db/client";
import type { ChosenDrink } from "./choose-drink";
import { onTheScreens } from "./order-rules";

const boardFields = {
  id: true,
  orderNumber: true,
  attendeeName: true,
  drink: true,
  status: true,
  baristaId: true,
  baristaName: true,
  queuedAt: true,
  claimedAt: true,
  completedAt: true,
} as const;

/**
 * The barista board: queued, being made, and recently ready, oldest first. Staff see who makes a drink by name and
 * whether it is theirs (`mine`), never another user's id: an id is what a forged session would need.
 */
export async function readBoard(db: Db, input: { eventId: string; readyDisplaySeconds: number; viewerId: string; now?: Date }) {
  const rows = await db.order.findMany({
    where: onTheScreens(input),
    orderBy: [{ queuedAt: "asc" }],
    select: boardFields,
  });
  return rows.map(({ baristaId, ...row }) => ({
    ...row,
    drink: row.drink as ChosenDrink,
    // Orders chosen before the drink kept its station were all made at the menu's default station.
    station: (row.drink as ChosenDrink).station ?? "ESPRESSO_BAR",
    orderNumber: row.orderNumber!,
    mine: baristaId !== null && baristaId === input.viewerId,
  }));
}
