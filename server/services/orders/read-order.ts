import type { Db } from "../../db/client";

/** The order as the database has it now (the workflow reads how an order ended here, not from what it last saw). */
export function readOrder(db: Db, orderId: string) {
  return db.order.findUniqueOrThrow({ where: { id: orderId } });
}
