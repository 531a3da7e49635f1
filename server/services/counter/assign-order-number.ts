import type { Db } from "../../db/client";

/**
 * Order numbers, per event and local day, unique and without gaps. One SQL statement takes the next number and
 * records which order got it, so it is atomic on its own; asking again for an order that already has a number
 * returns that number and takes none, so a retried workflow step leaves no gap.
 */
export async function assignOrderNumber(db: Db, input: { eventId: string; day: string; orderId: string }): Promise<number> {
  const rows = await db.$queryRaw<{ number: number }[]>`
    WITH existing AS (
      SELECT "number" FROM "OrderNumber" WHERE "orderId" = ${input.orderId}
    ), taken AS (
      INSERT INTO "OrderCounter" ("eventId", "day", "lastNumber")
      SELECT ${input.eventId}, ${input.day}, 1 WHERE NOT EXISTS (SELECT 1 FROM existing)
      ON CONFLICT ("eventId", "day") DO UPDATE SET "lastNumber" = "OrderCounter"."lastNumber" + 1
      RETURNING "lastNumber"
    ), recorded AS (
      INSERT INTO "OrderNumber" ("orderId", "eventId", "day", "number")
      SELECT ${input.orderId}, ${input.eventId}, ${input.day}, "lastNumber" FROM taken
      RETURNING "number"
    )
    SELECT "number" FROM recorded UNION ALL SELECT "number" FROM existing`;
  const number = rows[0]?.number;
  if (number === undefined) throw new Error(`No order number was assigned to ${input.orderId}`);
  return Number(number);
}
