import { z } from "zod";
import { cloneEvent, cloneEventInput } from "../../services/config/clone-event";
import { createEvent, createEventInput } from "../../services/config/create-event";
import { slug } from "../../services/config/event-settings";
import { findEventBySlug, listEvents } from "../../services/config/find-event";
import { addMenuItem, menuItemDraft } from "../../services/config/menu";
import { updateEventSettings, updateEventSettingsInput } from "../../services/config/update-event-settings";
import {
  addStaffMember,
  addStaffMemberInput,
  listStaff,
  removeStaffMember,
  removeStaffMemberInput,
} from "../../services/staff/membership";
import { createPairingCode, formatPairingCode, pairingCodeInput } from "../../services/staff/pairing-codes";
import { addedMenuItem, eventSettings, eventSettingsList, nothing, pairingCode, staffList, staffMember } from "../contracts/admin";
import { organiserProcedure, router } from "../init";

/** The organiser's side: events with their settings and menus, and who works at each. */
export const adminRouter = router({
  events: router({
    // Takes no input: anything sent is refused, not ignored.
    list: organiserProcedure.input(z.void()).output(eventSettingsList).query(({ ctx }) => listEvents(ctx.db)),
    get: organiserProcedure.input(z.object({ slug }).strict()).output(eventSettings).query(({ ctx, input }) => findEventBySlug(ctx.db, input.slug)),
    create: organiserProcedure.input(createEventInput).output(eventSettings).mutation(({ ctx, input }) => createEvent(ctx.db, input)),
    /** A new event with another's settings, menu and staff roles; no orders. It starts closed. */
    clone: organiserProcedure.input(cloneEventInput).output(eventSettings).mutation(({ ctx, input }) => cloneEvent(ctx.db, input)),
    updateSettings: organiserProcedure
      .input(updateEventSettingsInput)
      .output(eventSettings)
      .mutation(({ ctx, input }) => updateEventSettings(ctx.db, input, ctx.actor.userId)),
  }),

  menu: router({
    /** Adds a drink with its option groups at the end of an event's menu. */
    add: organiserProcedure
      .input(z.object({ slug, item: menuItemDraft }).strict())
      .output(addedMenuItem)
      .mutation(async ({ ctx, input }) => {
        const event = await findEventBySlug(ctx.db, input.slug);
        const item = await addMenuItem(ctx.db, event.id, input.item);
        return { id: item.id, name: item.name };
      }),
  }),

  staff: router({
    list: organiserProcedure.input(z.object({ slug }).strict()).output(staffList).query(async ({ ctx, input }) => {
      const event = await findEventBySlug(ctx.db, input.slug);
      return listStaff(ctx.db, event.id);
    }),
    add: organiserProcedure.input(addStaffMemberInput).output(staffMember).mutation(({ ctx, input }) => addStaffMember(ctx.db, input)),
    /** A one-time code (and its link) for a device to join the event's staff without a password; 15 minutes. */
    pairingCode: organiserProcedure
      .input(pairingCodeInput)
      .output(pairingCode)
      .mutation(async ({ ctx, input }) => {
        const { code, expiresAt } = await createPairingCode(ctx.db, { ...input, createdBy: ctx.actor.userId });
        return { code: formatPairingCode(code), path: `/pair?code=${code}`, expiresAt };
      }),
    remove: organiserProcedure
      .input(removeStaffMemberInput)
      .output(nothing)
      .mutation(({ ctx, input }) => removeStaffMember(ctx.db, input)),
  }),
});
