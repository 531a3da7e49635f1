import { z } from "zod";
import { cloneEvent, cloneEventInput } from "../../services/config/clone-event";
import { createEvent, createEventInput } from "../../services/config/create-event";
import { removeEventLogo, setEventLogo, setEventLogoInput } from "../../services/config/event-logo";
import { slug } from "../../services/config/event-settings";
import { findEventBySlug, listEvents } from "../../services/config/find-event";
import { moveMenuItem, placeMenuItem, removeMenuItem, updateMenuItem } from "../../services/config/edit-menu-item";
import { addMenuItem, menuItemDraft, readMenu } from "../../services/config/menu";
import { hourlyCsv, ordersCsv } from "../../services/metrics/metrics-csv";
import { readMetricsSummary } from "../../services/metrics/read-metrics-summary";
import { id } from "../../validation/id";
import { robotsStatus, startConsoleRobots, stopConsoleRobots } from "../../robots/console-robots";
import { robotCrew } from "../../robots/robot-crew";
import { thisServerAsRobotsHost } from "../../robots/robots-host";
import { updateEventSettings, updateEventSettingsInput } from "../../services/config/update-event-settings";
import {
  addStaffMember,
  addStaffMemberInput,
  listStaff,
  removeStaffMember,
  removeStaffMemberInput,
} from "../../services/staff/membership";
import { listOnShift } from "../../services/staff/check-in";
import { createPairingCode, formatPairingCode, pairingCodeInput } from "../../services/staff/pairing-codes";
import {
  addedMenuItem,
  csvFile,
  editableMenu,
  eventLogo,
  eventSettings,
  eventSettingsList,
  metricsSummary,
  movedMenuItem,
  nothing,
  onShiftList,
  pairingCode,
  robotsRun,
  staffList,
  staffMember,
} from "../contracts/admin";
import { organiserProcedure, router } from "../init";

const instant = z.iso.datetime({ offset: true, message: "use an ISO 8601 date and time, e.g. 2026-12-02T09:00:00Z" });

/** A stretch of an event's figures: both ends optional, from inclusive, to exclusive. */
const metricsSummaryInput = z
  .object({ slug, from: instant.optional(), to: instant.optional() })
  .strict()
  .refine((range) => !range.from || !range.to || Date.parse(range.from) < Date.parse(range.to), { path: ["to"], message: "must be later than from" });

/** One day of an event, in its own time zone. */
const metricsDayInput = z.object({ slug, day: z.iso.date({ message: "use a date as YYYY-MM-DD" }) }).strict();

/** A CSV file of one day of an event, named after the event, the day and what it lists. */
const csvOfDay = (name: string, write: typeof hourlyCsv) =>
  organiserProcedure
    .input(metricsDayInput)
    .output(csvFile)
    .query(async ({ ctx, input }) => {
      const event = await findEventBySlug(ctx.db, input.slug);
      const csv = await write(ctx.db, { eventId: event.id, timeZone: event.timeZone, day: input.day });
      return { filename: `${event.slug}-${input.day}-${name}.csv`, csv };
    });

/** The organiser's side: events with their settings and menus, who works at each, and how each is going. */
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
    /** The event's logo, as base64 of a PNG, JPEG or WebP of at most 40 kB (the console shrinks it first). */
    setLogo: organiserProcedure
      .input(setEventLogoInput)
      .output(eventLogo)
      .mutation(({ ctx, input }) => setEventLogo(ctx.db, input, ctx.actor.userId)),
    removeLogo: organiserProcedure
      .input(z.object({ slug }).strict())
      .output(eventLogo)
      .mutation(({ ctx, input }) => removeEventLogo(ctx.db, input, ctx.actor.userId)),
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
    /**
     * A drink dropped at a new place (0 is the top), with the menu's order as the editor saw it: a drop on an order
     * that changed meanwhile is a CONFLICT that says so, and changes nothing.
     */
    place: organiserProcedure
      .input(
        z
          .object({
            slug,
            menuItemId: id,
            position: z.number().int().min(0).max(999),
            seenOrder: z.array(id).min(1).max(1000),
          })
          .strict(),
      )
      .output(movedMenuItem)
      .mutation(async ({ ctx, input }) => {
        const event = await findEventBySlug(ctx.db, input.slug);
        return placeMenuItem(ctx.db, event.id, input, ctx.actor.userId);
      }),
  }),

  staff: router({
    list: organiserProcedure.input(z.object({ slug }).strict()).output(staffList).query(async ({ ctx, input }) => {
      const event = await findEventBySlug(ctx.db, input.slug);
      return listStaff(ctx.db, event.id);
    }),
    /** Who is on shift now: staff whose board or booth screen of this event checked in within two minutes. */
    onShift: organiserProcedure.input(z.object({ slug }).strict()).output(onShiftList).query(async ({ ctx, input }) => {
      const event = await findEventBySlug(ctx.db, input.slug);
      return listOnShift(ctx.db, event.id);
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

  /**
   * Simulated attendees and baristas at one event, run by this server (embedded mode only): for demos and load
   * rehearsals, as `npm run robots` does from a terminal. Start answers once the robots are set up.
   */
  robots: router({
    status: organiserProcedure.input(z.object({ slug }).strict()).output(robotsRun).query(async ({ ctx, input }) => {
      const event = await findEventBySlug(ctx.db, input.slug);
      return robotsStatus(await thisServerAsRobotsHost(), event.slug);
    }),
    start: organiserProcedure
      .input(z.object({ slug, crew: robotCrew }).strict())
      .output(robotsRun)
      .mutation(async ({ ctx, input }) => {
        const event = await findEventBySlug(ctx.db, input.slug);
        const organiser = { id: ctx.actor.userId, name: ctx.actor.name };
        return startConsoleRobots(await thisServerAsRobotsHost(), { slug: event.slug, crew: input.crew, organiser });
      }),
    /** No new orders; open ones are finished, or cancelled at the board after 30 s. Answers at once. */
    stop: organiserProcedure.input(z.object({ slug }).strict()).output(robotsRun).mutation(async ({ ctx, input }) => {
      const event = await findEventBySlug(ctx.db, input.slug);
      return stopConsoleRobots(await thisServerAsRobotsHost(), event.slug);
    }),
  }),

  metrics: router({
    /** The dashboard's figures: hourly counts in the event's zone, the funnel, endings, wait and make times. */
    summary: organiserProcedure
      .input(metricsSummaryInput)
      .output(metricsSummary)
      .query(async ({ ctx, input }) => {
        const event = await findEventBySlug(ctx.db, input.slug);
        const range = { from: input.from ? new Date(input.from) : undefined, to: input.to ? new Date(input.to) : undefined };
        return readMetricsSummary(ctx.db, { eventId: event.id, timeZone: event.timeZone, ...range });
      }),
    /** Every local hour of one day, as CSV. */
    hourlyCsv: csvOfDay("hourly", hourlyCsv),
    /** Every order scanned on one local day, as CSV. */
    ordersCsv: csvOfDay("orders", ordersCsv),
  }),
});
