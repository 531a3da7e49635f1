import { z } from "zod";
import { setStoreOpen, type WithTheSwitch } from "../../services/config/set-store-open";
import { cancelOrder } from "../../services/orders/cancel-order";
import { claimOrder } from "../../services/orders/claim-order";
import { completeOrder } from "../../services/orders/complete-order";
import { countChoosingAttendees } from "../../services/orders/count-choosing-attendees";
import { endChoosingOrders } from "../../services/orders/end-choosing-orders";
import { pickUpOrder } from "../../services/orders/pick-up-order";
import { readBoard } from "../../services/orders/read-board";
import { recallOrder } from "../../services/orders/recall-order";
import { releaseOrder } from "../../services/orders/release-order";
import { windowWhileOpen } from "../../services/qr/current-window";
import { returnDrinkWithin } from "../../services/qr/return-drink";
import { id } from "../../validation/id";
import { text } from "../../validation/text";
import { baristaActionResult, boardState, choosingNow, storeSwitch } from "../contracts/board";
import { baristaProcedure, router } from "../init";

const byOrder = z.object({ orderId: id });

/**
 * Opening, or closing with what happens to people still choosing a drink: "let-them-finish" (the default) lets
 * them submit, "end-now" ends their orders and gives their drinks back. Only a close takes that choice.
 */
const storeSwitchInput = z
  .object({ open: z.boolean(), choosing: z.enum(["let-them-finish", "end-now"]).optional() })
  .refine((input) => !(input.open && input.choosing), {
    path: ["choosing"],
    message: "only closing the store says what happens to people still choosing; leave it out when opening",
  });

/** The barista board of one event: the live orders and what a barista does with them, and the store switch. */
export const boardRouter = router({
  orders: baristaProcedure.output(boardState).query(async ({ ctx }) => {
    const { event } = ctx;
    const window = await windowWhileOpen(ctx.db, event);
    return {
      event: { id: event.id, slug: event.slug, name: event.name, storeOpen: event.storeOpen, readyDisplaySeconds: event.readyDisplaySeconds },
      window: window && { id: window.id, drinksLeft: window.drinksLeft, drinksTotal: window.drinksTotal, endsAt: window.endsAt },
      orders: await readBoard(ctx.db, { eventId: event.id, readyDisplaySeconds: event.readyDisplaySeconds, viewerId: ctx.actor.userId }),
    };
  }),

  // Each returns the order it moved; its contract keeps the id, number, state and maker, never a user id.
  claim: baristaProcedure.input(byOrder).output(baristaActionResult).mutation(({ ctx, input }) => claimOrder(ctx.db, action(ctx, input.orderId))),
  release: baristaProcedure.input(byOrder).output(baristaActionResult).mutation(({ ctx, input }) => releaseOrder(ctx.db, action(ctx, input.orderId))),
  complete: baristaProcedure.input(byOrder).output(baristaActionResult).mutation(({ ctx, input }) => completeOrder(ctx.db, action(ctx, input.orderId))),
  recall: baristaProcedure.input(byOrder).output(baristaActionResult).mutation(({ ctx, input }) => recallOrder(ctx.db, action(ctx, input.orderId))),
  pickUp: baristaProcedure.input(byOrder).output(baristaActionResult).mutation(({ ctx, input }) => pickUpOrder(ctx.db, action(ctx, input.orderId))),

  cancel: baristaProcedure
    .input(byOrder.extend({ reason: text({ min: 3, max: 200, tooShort: "say why in a few words" }) }))
    .output(baristaActionResult)
    .mutation(({ ctx, input }) =>
      cancelOrder(ctx.db, {
        orderId: input.orderId,
        reason: input.reason,
        by: ctx.staffRole === "ORGANISER" ? "organiser" : "barista",
        eventId: ctx.event.id,
        userId: ctx.actor.userId,
      }),
    ),

  choosing: baristaProcedure.output(choosingNow).query(async ({ ctx }) => ({ attendees: await countChoosingAttendees(ctx.db, { eventId: ctx.event.id }) })),

  setStoreOpen: baristaProcedure
    .input(storeSwitchInput)
    .output(storeSwitch)
    .mutation(async ({ ctx, input }) => {
      const by = ctx.staffRole === "ORGANISER" ? "organiser" : "barista";
      const endNow = input.choosing === "end-now" ? endChoosingNow(ctx.event.id, by) : undefined;
      const switched = await setStoreOpen(ctx.db, { eventId: ctx.event.id, open: input.open, changedBy: ctx.actor.userId }, endNow);
      return { storeOpen: switched.storeOpen, ordersEnded: switched.result ?? 0 };
    }),
});

/**
 * "Close now", inside the close's transaction: the orders service ends the orders not yet chosen and the QR service
 * gives each one's drink back, so the store, the orders and the code's drinks change together or not at all.
 */
function endChoosingNow(eventId: string, by: "barista" | "organiser"): WithTheSwitch<number> {
  return async (tx, now) => {
    const { ended, stagedEventIds } = await endChoosingOrders(tx, { eventId, by, now }, async (tx, orderId) => ({
      stagedEventIds: (await returnDrinkWithin(tx, { orderId, now }))?.stagedEventIds ?? [],
    }));
    return { result: ended, stagedEventIds };
  };
}

function action(ctx: { event: { id: string }; actor: { userId: string; name: string; isOrganiser: boolean } }, orderId: string) {
  return { eventId: ctx.event.id, orderId, barista: { id: ctx.actor.userId, name: ctx.actor.name, isOrganiser: ctx.actor.isOrganiser } };
}
