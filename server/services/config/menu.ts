import { z } from "zod";
import type { Db } from "../../db/client";
import { NotFoundError } from "../../errors";
import { sendStagedEvents, stageEvent } from "../../events/outbox";
import { text } from "../../validation/text";

const menuInclude = {
  optionGroups: {
    orderBy: { sortOrder: "asc" },
    include: { options: { orderBy: { sortOrder: "asc" } } },
  },
} as const;

/** The whole menu of an event in display order, unavailable items and options included (shown as such). */
export function readMenu(db: Db, eventId: string) {
  return db.menuItem.findMany({
    where: { eventId },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    include: menuInclude,
  });
}
export type Menu = Awaited<ReturnType<typeof readMenu>>;

export const menuItemDraft = z.object({
  name: text({ max: 60 }),
  description: text({ min: 0, max: 200, multiline: true }).default(""),
  icon: z.string().regex(/^[a-z0-9-]{1,40}$/),
  station: z.enum(["ESPRESSO_BAR", "COLD_BAR"]).default("ESPRESSO_BAR"),
  available: z.boolean().default(true),
  optionGroups: z
    .array(
      z.object({
        name: text({ max: 40 }),
        selection: z.enum(["SINGLE", "MULTIPLE"]),
        required: z.boolean().default(false),
        maxChoices: z.number().int().min(1).max(20).optional(),
        options: z
          .array(
            z.object({
              name: text({ max: 40 }),
              isDefault: z.boolean().default(false),
              available: z.boolean().default(true),
            }),
          )
          .min(1)
          .max(20),
      }),
    )
    .max(10)
    .default([]),
});
export type MenuItemDraft = z.input<typeof menuItemDraft>;

/** Adds a drink with its option groups at the end of the menu. */
export async function addMenuItem(db: Db, eventId: string, draft: MenuItemDraft) {
  const item = menuItemDraft.parse(draft);
  const last = await db.menuItem.aggregate({ where: { eventId }, _max: { sortOrder: true } });
  return db.menuItem.create({
    data: {
      eventId,
      name: item.name,
      description: item.description,
      icon: item.icon,
      station: item.station,
      available: item.available,
      sortOrder: (last._max.sortOrder ?? -1) + 1,
      optionGroups: {
        create: item.optionGroups.map((group, groupIndex) => ({
          name: group.name,
          selection: group.selection,
          required: group.required,
          maxChoices: group.maxChoices ?? null,
          sortOrder: groupIndex,
          options: {
            create: group.options.map((option, optionIndex) => ({ ...option, sortOrder: optionIndex })),
          },
        })),
      },
    },
    include: menuInclude,
  });
}

/**
 * Marks a drink (sold out / back) in one update that only matches an item of this event, and tells everyone
 * through config/changed, written in the same transaction and sent once it has committed (outbox.ts).
 */
export async function setMenuItemAvailability(db: Db, eventId: string, menuItemId: string, available: boolean, changedBy: string) {
  const { item, eventIds } = await db.$transaction(
    async (tx) => {
      const { count } = await tx.menuItem.updateMany({ where: { id: menuItemId, eventId }, data: { available } });
      if (count === 0) throw new NotFoundError("There is no such drink on this event's menu");
      const item = await tx.menuItem.findUniqueOrThrow({ where: { id: menuItemId }, include: { ...menuInclude, event: { select: { storeOpen: true } } } });
      const changed = await stageEvent(tx, "config/changed", {
        eventId,
        changed: [`menu.${item.name}.available`],
        storeOpen: item.event.storeOpen,
        changedBy,
        changedAt: new Date().toISOString(),
      });
      return { item, eventIds: [changed] };
    },
    // PGlite runs one transaction at a time: under a rush, waiting for the database is normal, not an error.
    { maxWait: 30_000, timeout: 30_000 },
  );
  await sendStagedEvents(db, { ids: eventIds });
  return item;
}

/**
 * Marks an option sold out or back on (oat milk) on every drink that offers it: a barista who runs out of oat milk
 * says so once, not once per drink. Options are matched by their group's name and their own, as the menu shows them.
 * One update that only matches options on this event's menu, and config/changed in the same transaction. Orders
 * already chosen keep what they chose; the drink form and the server's check refuse it from now on (choose-drink.ts).
 */
export async function setOptionAvailability(db: Db, eventId: string, option: { group: string; name: string; available: boolean }, changedBy: string) {
  const { drinks, eventIds } = await db.$transaction(
    async (tx) => {
      const where = { name: option.name, group: { name: option.group, menuItem: { eventId } } };
      const { count } = await tx.option.updateMany({ where, data: { available: option.available } });
      if (count === 0) throw new NotFoundError(`There is no ${option.group.toLowerCase()} option "${option.name}" on this event's menu`);
      const [event, offering] = await Promise.all([
        tx.event.findUniqueOrThrow({ where: { id: eventId }, select: { storeOpen: true } }),
        tx.option.findMany({ where, select: { group: { select: { menuItem: { select: { name: true, sortOrder: true } } } } } }),
      ]);
      const changed = await stageEvent(tx, "config/changed", {
        eventId,
        changed: [`menu.${option.group}.${option.name}.available`],
        storeOpen: event.storeOpen,
        changedBy,
        changedAt: new Date().toISOString(),
      });
      const drinks = offering.map(({ group }) => group.menuItem).sort((a, b) => a.sortOrder - b.sortOrder);
      return { drinks: drinks.map((drink) => drink.name), eventIds: [changed] };
    },
    // PGlite runs one transaction at a time: under a rush, waiting for the database is normal, not an error.
    { maxWait: 30_000, timeout: 30_000 },
  );
  await sendStagedEvents(db, { ids: eventIds });
  return { group: option.group, name: option.name, available: option.available, drinks };
}
