import type { Db, Prisma } from "../../db/client";
import { ConflictError, InvalidInputError, NotFoundError } from "../../errors";
import { movedTo, sameOrder } from "../../shared/list-order";
import { changeMenu, menuInclude, menuRows, refuseDuplicateName } from "./menu";
import { menuItemDraft, type MenuItemDraft, type ParsedMenuItemDraft } from "./menu-item-draft";

/**
 * The organiser's edits to a drink already on the menu: replace its definition, remove it, move it. Each is one
 * menu change (changeMenu: the event's row locked, config/changed staged with it and sent after commit) that only
 * reaches this event's drinks: an id of another event's drink is NotFound and changes nothing. Orders keep a copy
 * of what they chose (ChosenDrink), so no edit here rewrites or breaks one; an order still being chosen is checked
 * against the menu as it is when it is submitted.
 */

const noSuchDrink = () => new NotFoundError("There is no such drink on this event's menu.");

type Row = { id: string; name: string };

/**
 * Pairs each row of a draft with the row it edits: by id first (a rename keeps its id), then by name (a client
 * that sends no ids), else none (a new row). Ids of rows that are not this drink's are never matched.
 */
function pairRows<Draft extends { id?: string; name: string }, Existing extends Row>(drafts: Draft[], existing: Existing[]) {
  const unclaimed = new Map(existing.map((row) => [row.id, row]));
  const byId = drafts.map((draft) => {
    const row = draft.id ? unclaimed.get(draft.id) : undefined;
    if (row) unclaimed.delete(row.id);
    return row;
  });
  const pairs = drafts.map((draft, index) => {
    let row = byId[index];
    if (!row) {
      row = [...unclaimed.values()].find((candidate) => candidate.name === draft.name);
      if (row) unclaimed.delete(row.id);
    }
    return { draft, row };
  });
  return { pairs, removed: [...unclaimed.values()] };
}

/**
 * Kept rows that change name first take a name no draft can have (drafts refuse control characters), so a swap
 * ("Oat" ↔ "Soy") or a new row taking a renamed row's old name never meets the unique index halfway.
 */
const parkedName = (id: string) => `\u0001${id}`;

async function replaceGroups(tx: Prisma.TransactionClient, menuItemId: string, item: ParsedMenuItemDraft, existing: ExistingGroup[]) {
  const { pairs, removed } = pairRows(item.optionGroups, existing);
  if (removed.length > 0) await tx.optionGroup.deleteMany({ where: { id: { in: removed.map((group) => group.id) }, menuItemId } });
  for (const { draft, row } of pairs) {
    if (row && row.name !== draft.name) await tx.optionGroup.update({ where: { id: row.id }, data: { name: parkedName(row.id) } });
  }
  for (const [groupIndex, { draft, row }] of pairs.entries()) {
    if (!row) {
      await tx.optionGroup.create({
        data: { menuItemId, ...menuRows.groupData(draft, groupIndex), options: { create: draft.options.map(menuRows.optionData) } },
      });
      continue;
    }
    await tx.optionGroup.update({ where: { id: row.id }, data: menuRows.groupData(draft, groupIndex) });
    const options = pairRows(draft.options, row.options);
    if (options.removed.length > 0) await tx.option.deleteMany({ where: { id: { in: options.removed.map((option) => option.id) }, groupId: row.id } });
    for (const { draft: option, row: kept } of options.pairs) {
      if (kept && kept.name !== option.name) await tx.option.update({ where: { id: kept.id }, data: { name: parkedName(kept.id) } });
    }
    for (const [optionIndex, { draft: option, row: kept }] of options.pairs.entries()) {
      const data = menuRows.optionData(option, optionIndex);
      if (kept) await tx.option.update({ where: { id: kept.id }, data });
      else await tx.option.create({ data: { groupId: row.id, ...data } });
    }
  }
}
type ExistingGroup = Row & { options: Row[] };

/**
 * Replaces a drink's definition (name, description, icon, station, availability, option groups and options, in the
 * draft's order) in one transaction. Groups and options keep their ids when the draft names them by id or by their
 * current name, so an attendee's open form still matches; what the draft leaves out is removed.
 */
export async function updateMenuItem(db: Db, eventId: string, menuItemId: string, draft: MenuItemDraft, changedBy: string) {
  const item = menuItemDraft.parse(draft);
  return changeMenu(db, eventId, changedBy, async (tx) => {
    const before = await tx.menuItem.findFirst({ where: { id: menuItemId, eventId }, include: menuInclude });
    if (!before) throw noSuchDrink();
    await refuseDuplicateName(tx, eventId, item.name, menuItemId);
    await tx.menuItem.update({ where: { id: menuItemId }, data: menuRows.drinkData(item) });
    await replaceGroups(tx, menuItemId, item, before.optionGroups);
    const after = await tx.menuItem.findUniqueOrThrow({ where: { id: menuItemId }, include: menuInclude });
    const names = before.name === after.name ? [after.name] : [before.name, after.name];
    return { result: after, changed: names.map((name) => `menu.${name}`) };
  });
}

/**
 * Takes a drink off the menu. Orders that chose it keep their copy; one still being chosen is refused on submit
 * ("That drink is not on this menu."). Removing the last available drink of an open store is allowed (the booth
 * is sold out); the console warns.
 */
export async function removeMenuItem(db: Db, eventId: string, menuItemId: string, changedBy: string) {
  return changeMenu(db, eventId, changedBy, async (tx) => {
    const item = await tx.menuItem.findFirst({ where: { id: menuItemId, eventId }, select: { id: true, name: true } });
    if (!item) throw noSuchDrink();
    await tx.menuItem.deleteMany({ where: { id: menuItemId, eventId } });
    return { result: item, changed: [`menu.${item.name}`] };
  });
}

export type MoveDirection = "up" | "down";

/**
 * Moves a drink one place up or down the menu, numbering the menu 0, 1, 2… as it goes (so ties left by older data
 * sort out). At the top (or bottom) already, nothing changes and nothing is announced.
 */
export async function moveMenuItem(db: Db, eventId: string, menuItemId: string, direction: MoveDirection, changedBy: string) {
  return changeMenu(db, eventId, changedBy, async (tx) => {
    const menu = await tx.menuItem.findMany({ where: { eventId }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true, sortOrder: true } });
    const from = menu.findIndex((item) => item.id === menuItemId);
    if (from === -1) throw noSuchDrink();
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= menu.length) return { result: { moved: false }, changed: [] };
    const order = [...menu];
    [order[from], order[to]] = [order[to]!, order[from]!];
    for (const [sortOrder, item] of order.entries()) {
      if (item.sortOrder !== sortOrder) await tx.menuItem.update({ where: { id: item.id }, data: { sortOrder } });
    }
    return { result: { moved: true }, changed: ["menu.order"] };
  });
}

/** A drink dragged to a new place: the menu's order as the editor saw it, so a drop on an older order is refused. */
export type MenuPlacement = { menuItemId: string; position: number; seenOrder: readonly string[] };

export const staleMenuOrder = () =>
  new ConflictError("The menu changed while you were moving this drink (someone else edited it). It now shows the latest order: move the drink again.");

/**
 * Puts a drink at a new place in the menu (0 is the top), as one drop in the editor: the menu's order is checked
 * against the one the organiser saw (the event's row is locked meanwhile, changeMenu), then the whole menu is
 * renumbered 0, 1, 2… in one UPDATE. A drop where the drink already is changes and announces nothing.
 */
export async function placeMenuItem(db: Db, eventId: string, placement: MenuPlacement, changedBy: string) {
  return changeMenu(db, eventId, changedBy, async (tx) => {
    const menu = await tx.menuItem.findMany({ where: { eventId }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true } });
    const ids = menu.map((item) => item.id);
    const from = ids.indexOf(placement.menuItemId);
    if (from === -1) throw noSuchDrink();
    if (!sameOrder(ids, placement.seenOrder)) throw staleMenuOrder();
    if (placement.position >= ids.length) throw new InvalidInputError(`The menu has ${ids.length} drinks: a drink goes at place 0 to ${ids.length - 1}.`);
    if (placement.position === from) return { result: { moved: false }, changed: [] };
    const order = movedTo(ids, from, placement.position);
    await tx.$executeRaw`
      UPDATE "MenuItem" AS item SET "sortOrder" = placed.position - 1
      FROM unnest(${order}::text[]) WITH ORDINALITY AS placed(id, position)
      WHERE item.id = placed.id AND item."eventId" = ${eventId} AND item."sortOrder" IS DISTINCT FROM placed.position - 1`;
    return { result: { moved: true }, changed: ["menu.order"] };
  });
}
