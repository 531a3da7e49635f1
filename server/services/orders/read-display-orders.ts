import type { Db } from "../../db/client";
import { firstName } from "./first-name";
import { onTheScreens } from "./order-rules";

/** The booth screen: numbers, first names and drinks only, since everyone at the booth can read it. */
export async function readDisplayOrders(db: Db, input: { eventId: string; readyDisplaySeconds: number; now?: Date }) {
  const rows = await db.order.findMany({
    where: onTheScreens(input),
    orderBy: [{ queuedAt: "asc" }],
    select: { orderNumber: true, attendeeName: true, drinkName: true, status: true, completedAt: true },
  });
  const entry = (row: (typeof rows)[number]) => ({ orderNumber: row.orderNumber!, firstName: firstName(row.attendeeName), drink: row.drinkName ?? "" });
  return {
    preparing: rows.filter((row) => row.status !== "READY").map(entry),
    ready: rows
      .filter((row) => row.status === "READY")
      // readyAt lets the screen highlight (and chime for) a drink that has just turned ready.
      .map((row) => ({ ...entry(row), readyAt: row.completedAt!, leavesAt: new Date(row.completedAt!.getTime() + input.readyDisplaySeconds * 1000) })),
  };
}
