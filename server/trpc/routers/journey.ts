import { z } from "zod";
import { findOrdersByNumber } from "../../services/journal/find-orders-by-number";
import { readOrderJourney } from "../../services/journal/order-journey";
import { id } from "../../validation/id";
import { orderJourney, orderNumberMatches } from "../contracts/journey";
import { baristaProcedure, router } from "../init";

/**
 * An order's journey, for the staff who serve it: the event's baristas and its organisers (baristaProcedure; the
 * booth screen's DISPLAY account and other events' baristas are refused). Only this event's orders are found.
 */
export const journeyRouter = router({
  order: baristaProcedure
    .input(z.object({ orderId: id }))
    .output(orderJourney)
    .query(async ({ ctx, input }) => ({
      event: { slug: ctx.event.slug, name: ctx.event.name, timeZone: ctx.event.timeZone },
      ...(await readOrderJourney(ctx.db, { eventId: ctx.event.id, orderId: input.orderId })),
    })),

  /** Every order that had this number at the event (numbers restart each local day), newest first. */
  findByNumber: baristaProcedure
    .input(z.object({ orderNumber: z.number().int().min(1).max(100_000) }))
    .output(orderNumberMatches)
    .query(({ ctx, input }) =>
      findOrdersByNumber(ctx.db, { eventId: ctx.event.id, orderNumber: input.orderNumber, timeZone: ctx.event.timeZone }),
    ),
});
