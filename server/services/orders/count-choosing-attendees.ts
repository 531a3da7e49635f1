import type { Db } from "../../db/client";
import { choosingAt } from "./order-rules";

/** How many people are choosing a drink right now at an event, for the barista deciding how to close the store. */
export async function countChoosingAttendees(db: Db, input: { eventId: string }): Promise<number> {
  // People, not orders: the barista is told "3 people are still choosing", and one attendee may hold two orders.
  const attendees = await db.order.findMany({ where: choosingAt(input.eventId), select: { attendeeId: true }, distinct: ["attendeeId"] });
  return attendees.length;
}
