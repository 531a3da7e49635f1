import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { readMenu, setMenuItemAvailability, setOptionAvailability } from "../../services/config/menu";
import { checkIn, staffScreen } from "../../services/staff/check-in";
import { findStaffRole, listEventsOfStaff } from "../../services/staff/membership";
import { id } from "../../validation/id";
import { text } from "../../validation/text";
import { checkedIn, menuItemAvailability, myEvents, optionAvailability, staffEventView } from "../contracts/staff";
import { baristaProcedure, displayProcedure, router, staffProcedure } from "../init";

/** The barista's side: their events, an event's menu and settings, sold-out drinks and options, being on shift. */
export const staffRouter = router({
  // Takes no input: anything sent is refused, not ignored.
  myEvents: staffProcedure.input(z.void()).output(myEvents).query(async ({ ctx }) => {
    const rows = await listEventsOfStaff(ctx.db, ctx.actor.userId, ctx.actor.isOrganiser);
    return rows.map(({ event, role }) => ({ slug: event.slug, name: event.name, storeOpen: event.storeOpen, role }));
  }),

  // The contract keeps of the event row only what the barista page shows.
  event: baristaProcedure.output(staffEventView).query(async ({ ctx }) => ({
    event: ctx.event,
    role: ctx.staffRole,
    menu: await readMenu(ctx.db, ctx.event.id),
  })),

  setItemAvailability: baristaProcedure
    .input(z.object({ menuItemId: id, available: z.boolean() }))
    .output(menuItemAvailability)
    .mutation(({ ctx, input }) => setMenuItemAvailability(ctx.db, ctx.event.id, input.menuItemId, input.available, ctx.actor.userId)),

  setOptionAvailability: baristaProcedure
    .input(z.object({ group: text({ max: 40 }), option: text({ max: 40 }), available: z.boolean() }))
    .output(optionAvailability)
    .mutation(({ ctx, input }) =>
      setOptionAvailability(ctx.db, ctx.event.id, { group: input.group, name: input.option, available: input.available }, ctx.actor.userId),
    ),

  /**
   * "My board (or booth screen) of this event is open": sent on load and about once a minute while it is visible,
   * for the console's "on shift". Only the event's own staff are recorded; an organiser looking at a board is not
   * on its shift, and a booth screen's account cannot claim a board.
   */
  checkIn: displayProcedure
    .input(z.object({ screen: staffScreen }))
    .output(checkedIn)
    .mutation(async ({ ctx, input }) => {
      const role = await findStaffRole(ctx.db, ctx.event.id, ctx.actor.userId);
      if (role === null) return { recorded: false };
      if (input.screen === "BOARD" && role !== "BARISTA") throw new TRPCError({ code: "FORBIDDEN", message: `You are not a barista at ${ctx.event.name}` });
      await checkIn(ctx.db, { eventId: ctx.event.id, userId: ctx.actor.userId, screen: input.screen });
      return { recorded: true };
    }),
});
