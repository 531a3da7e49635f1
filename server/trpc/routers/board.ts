import { z } from "zod";
import { setStoreOpen } from "../../services/config/set-store-open";
import { claimOrder, completeOrder, pickUpOrder, recallOrder, releaseOrder } from "../../services/orders/barista-actions";
import { cancelOrder } from "../../services/orders/cancel-order";
import { readBoard } from "../../services/orders/read-orders";
import { windowWhileOpen } from "../../services/qr/current-window";
import { baristaProcedure, router } from "../init";

const orderId = z.string().min(1).max(64);

/** The barista board of one event: the live orders and what a barista does with them, and the store switch. */
export const boardRouter = router({
  orders: baristaProcedure.query(async ({ ctx }) => {
    const { event } = ctx;
    const window = await windowWhileOpen(ctx.db, event);
    return {
      event: { id: event.id, slug: event.slug, name: event.name, storeOpen: event.storeOpen, readyDisplaySeconds: event.readyDisplaySeconds },
      window: window && { drinksLeft: window.drinksLeft, drinksTotal: window.drinksTotal, endsAt: window.endsAt },
      orders: await readBoard(ctx.db, { eventId: event.id, readyDisplaySeconds: event.readyDisplaySeconds, viewerId: ctx.actor.userId }),
    };
  }),

  claim: baristaProcedure.input(z.object({ orderId })).mutation(({ ctx, input }) => claimOrder(ctx.db, action(ctx, input.orderId))),
  release: baristaProcedure.input(z.object({ orderId })).mutation(({ ctx, input }) => releaseOrder(ctx.db, action(ctx, input.orderId))),
  complete: baristaProcedure.input(z.object({ orderId })).mutation(({ ctx, input }) => completeOrder(ctx.db, action(ctx, input.orderId))),
  recall: baristaProcedure.input(z.object({ orderId })).mutation(({ ctx, input }) => recallOrder(ctx.db, action(ctx, input.orderId))),
  pickUp: baristaProcedure.input(z.object({ orderId })).mutation(({ ctx, input }) => pickUpOrder(ctx.db, action(ctx, input.orderId))),

  cancel: baristaProcedure
    .input(z.object({ orderId, reason: z.string().trim().min(3, "say why in a few words").max(200) }))
    .mutation(({ ctx, input }) =>
      cancelOrder(ctx.db, {
        orderId: input.orderId,
        reason: input.reason,
        by: ctx.staffRole === "ORGANISER" ? "organiser" : "barista",
        eventId: ctx.event.id,
        userId: ctx.actor.userId,
      }),
    ),

  setStoreOpen: baristaProcedure
    .input(z.object({ open: z.boolean() }))
    .mutation(({ ctx, input }) => setStoreOpen(ctx.db, { eventId: ctx.event.id, open: input.open, changedBy: ctx.actor.userId })),
});

function action(ctx: { event: { id: string }; actor: { userId: string; name: string; isOrganiser: boolean } }, orderId: string) {
  return { eventId: ctx.event.id, orderId, barista: { id: ctx.actor.userId, name: ctx.actor.name, isOrganiser: ctx.actor.isOrganiser } };
}
