import { randomUUID } from "node:crypto";
import { z } from "zod";
import { slug } from "../../services/config/event-settings";
import { findEventBySlug, findEventById } from "../../services/config/find-event";
import { readMenu } from "../../services/config/menu";
import { cancelOrder } from "../../services/orders/cancel-order";
import { drinkChoice } from "../../services/orders/choose-drink";
import { listAttendeeOrders } from "../../services/orders/list-attendee-orders";
import { findRefusal } from "../../services/orders/find-refusal";
import { isOver, orderRulesOf } from "../../services/orders/order-rules";
import { readAttendeeOrder } from "../../services/orders/read-attendee-order";
import { startOrder } from "../../services/orders/start-order";
import { submitOrder } from "../../services/orders/submit-order";
import { findOrderInScope } from "../../services/orders/transition-order";
import { savePushSubscription, webPushSubscription } from "../../services/publisher/save-push-subscription";
import { redeemCode } from "../../services/qr/redeem-code";
import { getConfig } from "../../config";
import { eventPaths } from "../../shared/event-paths";
import { id } from "../../validation/id";
import { text } from "../../validation/text";
import { attendeeOrder, attendeeOrderList, cancelledOrder, readyNotification, startedOrder, submittedOrder } from "../contracts/attendee";
import { attendeeProcedure, router } from "../init";

const byOrder = z.object({ orderId: id }).strict();

/** The attendee's side: start an order from the booth's code, choose, follow it, cancel it, see past orders. */
export const attendeeRouter = router({
  /**
   * Scanning the code: the attendee's limits, one drink of the code, the order and its events, as one decision
   * (start-order.ts): a refusal costs no drink, and a crash leaves all of it or none of it.
   */
  startOrder: attendeeProcedure
    // The code's format belongs to the QR service; the edge keeps out what no code holds.
    .input(z.object({ slug, code: text({ max: 64 }) }).strict())
    .output(startedOrder)
    .mutation(async ({ ctx, input }) => {
      const event = await findEventBySlug(ctx.db, input.slug);
      const orderId = randomUUID();
      const attendee = { attendeeId: ctx.actor.userId, attendeeName: ctx.actor.name };
      await startOrder(ctx.db, { orderId, rules: orderRulesOf(event), ...attendee }, (tx) =>
        redeemCode(tx, { eventId: event.id, code: input.code, orderId, attendeeId: attendee.attendeeId }),
      );
      return { orderId };
    }),

  order: attendeeProcedure.input(byOrder).output(attendeeOrder).query(async ({ ctx, input }) => {
    const order = await readAttendeeOrder(ctx.db, { orderId: input.orderId, attendeeId: ctx.actor.userId });
    const event = await findEventById(ctx.db, order.eventId);
    // Once it is over, the page offers another drink only when the booth's rules would take it.
    const refusal = isOver(order.status) ? await findRefusal(ctx.db, orderRulesOf(event), ctx.actor.userId) : undefined;
    return {
      ...order,
      event: { id: event.id, slug: event.slug, name: event.name, brandColor: event.brandColor, timeZone: event.timeZone, locale: event.locale },
      nextOrder: refusal === undefined ? null : { allowed: refusal === null, refusal: refusal?.message ?? null, problem: refusal?.problem ?? null },
    };
  }),

  submitOrder: attendeeProcedure
    .input(z.object({ orderId: id, choice: drinkChoice }).strict())
    .output(submittedOrder)
    .mutation(async ({ ctx, input }) => {
      const order = await findOrderInScope(ctx.db, input.orderId, { attendeeId: ctx.actor.userId });
      const menu = await readMenu(ctx.db, order.eventId);
      const submitted = await submitOrder(ctx.db, { orderId: input.orderId, attendeeId: ctx.actor.userId, menu, choice: input.choice });
      return { orderId: submitted.id, drink: submitted.drinkName };
    }),

  cancelOrder: attendeeProcedure.input(byOrder).output(cancelledOrder).mutation(async ({ ctx, input }) => {
    const order = await cancelOrder(ctx.db, { orderId: input.orderId, by: "attendee", attendeeId: ctx.actor.userId });
    return { orderId: order.id, status: order.status };
  }),

  /**
   * "Tell me when it's ready": this browser's push subscription, for one of the caller's own orders (another
   * attendee's order does not exist for them). Called by POST /api/push/subscriptions, which offers it only when
   * the operator configured Web Push.
   */
  notifyWhenReady: attendeeProcedure
    .input(z.object({ orderId: id, subscription: webPushSubscription }).strict())
    .output(readyNotification)
    .mutation(async ({ ctx, input }) => {
      const order = await findOrderInScope(ctx.db, input.orderId, { attendeeId: ctx.actor.userId });
      const event = await findEventById(ctx.db, order.eventId);
      await savePushSubscription(
        ctx.db,
        { userId: ctx.actor.userId, orderId: order.id, orderPath: eventPaths(event.slug).orderStatus(order.id), subscription: input.subscription },
        { localEndpoints: getConfig().webPush?.localEndpoints ?? false },
      );
      return { orderId: order.id, notifying: true as const };
    }),

  myOrders: attendeeProcedure.input(z.object({ slug }).strict()).output(attendeeOrderList).query(async ({ ctx, input }) => {
    const event = await findEventBySlug(ctx.db, input.slug);
    return listAttendeeOrders(ctx.db, { eventId: event.id, attendeeId: ctx.actor.userId });
  }),
});
