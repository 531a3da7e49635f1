import { z } from "zod";
import { createEvent, createEventInput } from "../../services/config/create-event";
import { slug } from "../../services/config/event-settings";
import { findEventBySlug, listEvents } from "../../services/config/find-event";
import { moveMenuItem, removeMenuItem, updateMenuItem } from "../../services/config/edit-menu-item";
import { addMenuItem, menuItemDraft, readMenu } from "../../services/config/menu";
import { id } from "../../validation/id";
import { updateEventSettings, updateEventSettingsInput } from "../../services/config/update-event-settings";
import {
  addStaffMember,
  addStaffMemberInput,
  listStaff,
  removeStaffMember,
  removeStaffMemberInput,
} from "../../services/staff/membership";
import { addedMenuItem, editableMenu, eventSettings, eventSettingsList, movedMenuItem, nothing, staffList, staffMember } from "../contracts/admin";
import { organiserProcedure, router } from "../init";

/** The organiser's side: events with their settings and menus, and who works at each. */
export const adminRouter = router({
  events: router({
    // Takes no input: anything sent is refused, not ignored.
    list: organiserProcedure.input(z.void()).output(eventSettingsList).query(({ ctx }) => listEvents(ctx.db)),
    create: organiserProcedure.input(createEventInput).output(eventSettings).mutation(({ ctx, input }) => createEvent(ctx.db, input)),
    updateSettings: organiserProcedure
      .input(updateEventSettingsInput)
      .output(eventSettings)
      .mutation(({ ctx, input }) => updateEventSettings(ctx.db, input)),
  }),

  /** The menu editor: every change is one transaction on this event's drinks and one config/changed. */
  menu: router({
    get: organiserProcedure
      .input(z.object({ slug }).strict())
      .output(editableMenu)
      .query(async ({ ctx, input }) => {
        const event = await findEventBySlug(ctx.db, input.slug);
        return { event, items: await readMenu(ctx.db, event.id) };
      }),
    /** Adds a drink with its option groups at the end of an event's menu. */
    add: organiserProcedure
      .input(z.object({ slug, item: menuItemDraft }).strict())
      .output(addedMenuItem)
      .mutation(async ({ ctx, input }) => {
        const event = await findEventBySlug(ctx.db, input.slug);
        const item = await addMenuItem(ctx.db, event.id, input.item, ctx.actor.userId);
        return { id: item.id, name: item.name };
      }),
    /** Replaces a drink's definition; groups and options sent with their ids keep them. */
    update: organiserProcedure
      .input(z.object({ slug, menuItemId: id, item: menuItemDraft }).strict())
      .output(addedMenuItem)
      .mutation(async ({ ctx, input }) => {
        const event = await findEventBySlug(ctx.db, input.slug);
        const item = await updateMenuItem(ctx.db, event.id, input.menuItemId, input.item, ctx.actor.userId);
        return { id: item.id, name: item.name };
      }),
    remove: organiserProcedure
      .input(z.object({ slug, menuItemId: id }).strict())
      .output(addedMenuItem)
      .mutation(async ({ ctx, input }) => {
        const event = await findEventBySlug(ctx.db, input.slug);
        return removeMenuItem(ctx.db, event.id, input.menuItemId, ctx.actor.userId);
      }),
    move: organiserProcedure
      .input(z.object({ slug, menuItemId: id, direction: z.enum(["up", "down"]) }).strict())
      .output(movedMenuItem)
      .mutation(async ({ ctx, input }) => {
        const event = await findEventBySlug(ctx.db, input.slug);
        return moveMenuItem(ctx.db, event.id, input.menuItemId, input.direction, ctx.actor.userId);
      }),
  }),

  staff: router({
    list: organiserProcedure.input(z.object({ slug }).strict()).output(staffList).query(async ({ ctx, input }) => {
      const event = await findEventBySlug(ctx.db, input.slug);
      return listStaff(ctx.db, event.id);
    }),
    add: organiserProcedure.input(addStaffMemberInput).output(staffMember).mutation(({ ctx, input }) => addStaffMember(ctx.db, input)),
    remove: organiserProcedure
      .input(removeStaffMemberInput)
      .output(nothing)
      .mutation(({ ctx, input }) => removeStaffMember(ctx.db, input)),
  }),
});
