import type { Db } from "../../db/client";
import { localDay } from "../../shared/local-day";

export type OrderNumberMatch = { orderId: string; orderNumber: number; queuedAt: Date; day: string };

/**
 * The orders of a conference event that carried a number, newest first, each with the local day it was numbered
 * on: numbers restart every local day, so #12 is usually several orders. Read from the journal's order/queued
 * entries (the event that gives an order its number), so it needs nothing of the orders service.
 */
export async function findOrdersByNumber(
  db: Db,
  input: { eventId: string; orderNumber: number; timeZone: string; limit?: number },
): Promise<OrderNumberMatch[]> {
  const rows = await db.$queryRaw<{ orderId: string; occurredAt: Date }[]>`
    SELECT "orderId", "occurredAt" FROM "JournalEntry"
    WHERE "eventId" = ${input.eventId} AND name = 'order/queued' AND "orderId" IS NOT NULL
      AND data->>'orderNumber' = ${String(input.orderNumber)}
    ORDER BY "occurredAt" DESC
    LIMIT ${input.limit ?? 100}`;
  return rows.map((row) => ({
    orderId: row.orderId,
    orderNumber: input.orderNumber,
    queuedAt: row.occurredAt,
    day: localDay(row.occurredAt, input.timeZone),
  }));
}
