import type { Db, Prisma } from "../../db/client";
import { ConflictError, isUniqueViolation, NotFoundError } from "../../errors";
import { sendStagedEvents, stageEvent } from "../../events/outbox";
import { menuItemDraft, type MenuItemDraft, type ParsedMenuItemDraft } from "./menu-item-draft";

export const menuInclude = {
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

export { menuItemDraft, type MenuItemDraft } from "./menu-item-draft";

/** The rows of a drink as a parsed draft describes them (its groups and options take their place from their index). */
function drinkData(item: ParsedMenuItemDraft) {
  return { name: item.name, description: item.description, icon: item.icon, station: item.station, available: item.available };
}
const groupData = (group: ParsedMenuItemDraft["optionGroups"][number], sortOrder: number) => ({
  name: group.name,
  selection: group.selection,
  required: group.required,
  maxChoices: group.selection === "MULTIPLE" ? (group.maxChoices ?? null) : null,
  sortOrder,
});
const optionData = (option: ParsedMenuItemDraft["optionGroups"][number]["options"][number], sortOrder: number) => ({
  name: option.name,
  isDefault: option.isDefault,
  available: option.available,
  sortOrder,
});
export const menuRows = { drinkData, groupData, optionData };

/** The plain refusal for a second drink of the same name (the menu and the board tell drinks apart by name). */
export const duplicateDrink = (name: string) => new ConflictError(`There is already a drink called "${name}" on this menu.`);

/** Refuses a name another drink of this event has, whatever its case ("latte" beside "Latte" reads as the same drink). */
export async function refuseDuplicateName(tx: Prisma.TransactionClient, eventId: string, name: string, exceptId?: string) {
  const other = await tx.menuItem.findFirst({ where: { eventId, name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) } });
  if (other) throw duplicateDrink(other.name);
}

/**
 * Runs one change to an event's menu: in a transaction that first locks the event's row, so two organisers editing
 * at once take turns instead of interleaving their reads and writes; stages config/changed with what the change
 * says changed (outbox.ts) and sends it once committed, so the board and the phones re-read. A change that
 * returns no paths changed nothing and announces nothing. A unique violation the checks did not see (a race) is
 * the same plain refusal as the check's.
 */
export async function changeMenu<Result>(
  db: Db,
  eventId: string,
  changedBy: string,
  work: (tx: Prisma.TransactionClient) => Promise<{ result: Result; changed: string[] }>,
): Promise<Result> {
  try {
    const { result, eventIds } = await db.$transaction(
      async (tx) => {
        const [event] = await tx.$queryRaw<{ storeOpen: boolean }[]>`SELECT "storeOpen" FROM "Event" WHERE id = ${eventId} FOR UPDATE`;
        if (!event) throw new NotFoundError("There is no such event");
        const { result, changed } = await work(tx);
        if (changed.length === 0) return { result, eventIds: [] };
        const id = await stageEvent(tx, "config/changed", { eventId, changed, storeOpen: event.storeOpen, changedBy, changedAt: new Date().toISOString() });
        return { result, eventIds: [id] };
      },
      // PGlite runs one transaction at a time: under a rush, waiting for the database is normal, not an error.
      { maxWait: 30_000, timeout: 30_000 },
    );
    if (eventIds.length > 0) await sendStagedEvents(db, { ids: eventIds });
    return result;
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("There is already a drink of that name on this menu.");
    throw error;
  }
}

/**
 * Adds a drink with its option groups at the end of the menu. With `changedBy` (the organiser's console) the
 * screens hear of it; seeds and test worlds build a menu before anyone listens and pass none.
 */
export async function addMenuItem(db: Db, eventId: string, draft: MenuItemDraft, changedBy?: string) {
  const item = menuItemDraft.parse(draft);
  const add = async (tx: Prisma.TransactionClient) => {
    await refuseDuplicateName(tx, eventId, item.name);
    const last = await tx.menuItem.aggregate({ where: { eventId }, _max: { sortOrder: true } });
    return tx.menuItem.create({
      data: {
        eventId,
        ...drinkData(item),
        sortOrder: (last._max.sortOrder ?? -1) + 1,
        optionGroups: {
          create: item.optionGroups.map((group, groupIndex) => ({
            ...groupData(group, groupIndex),
            options: { create: group.options.map(optionData) },
          })),
        },
      },
      include: menuInclude,
    });
  };
  if (changedBy === undefined) return db.$transaction(add);
  return changeMenu(db, eventId, changedBy, async (tx) => {
    const created = await add(tx);
    return { result: created, changed: [`menu.${created.name}`] };
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
        available,
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
        available: option.available,
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
