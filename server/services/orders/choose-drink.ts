import { z } from "zod";
import { InvalidInputError } from "../../errors";
import type { Station } from "../../generated/prisma/enums";
import { id } from "../../validation/id";

/**
 * Checks an attendee's choice against the event's menu, on the server: the drink exists and is available, each
 * option belongs to its group and is available, single-choice groups get one option, required groups get one,
 * multiple-choice groups stay within their maximum. A group left out gets its default options.
 */

export const drinkChoice = z.object({
  menuItemId: id,
  choices: z.array(z.object({ groupId: id, optionIds: z.array(id).max(20) })).max(20).default([]),
});
export type DrinkChoice = z.input<typeof drinkChoice>;

/** The shape of the menu the rules need (the config service's menu has it). */
export type MenuForOrdering = {
  id: string;
  name: string;
  station: Station;
  available: boolean;
  optionGroups: {
    id: string;
    name: string;
    selection: "SINGLE" | "MULTIPLE";
    required: boolean;
    maxChoices: number | null;
    options: { id: string; name: string; isDefault: boolean; available: boolean }[];
  }[];
}[];

/**
 * What an order keeps of the menu as it was when the attendee chose: names, not ids, so a later menu change never
 * rewrites an order; and the station that makes it, so each bar's board can show only its own drinks. Orders
 * chosen before stations were kept have none (read-board.ts reads them as the espresso bar's, the menu's default).
 */
export type ChosenDrink = { menuItemId: string; name: string; station?: Station; options: { group: string; choice: string }[] };

export function chooseDrink(menu: MenuForOrdering, input: DrinkChoice): ChosenDrink {
  const choice = drinkChoice.parse(input);
  const item = menu.find((candidate) => candidate.id === choice.menuItemId);
  if (!item) throw new InvalidInputError("That drink is not on this menu.", { code: "drink-not-on-menu" });
  if (!item.available) throw new InvalidInputError(`${item.name} is sold out right now. Please pick another drink.`, { code: "drink-sold-out", values: { drink: item.name } });

  const picked = new Map<string, string[]>();
  for (const { groupId, optionIds } of choice.choices) {
    const group = item.optionGroups.find((candidate) => candidate.id === groupId);
    if (!group) throw new InvalidInputError(`${item.name} has no such option group.`);
    if (picked.has(groupId)) throw new InvalidInputError(`Choose ${group.name} once.`);
    if (new Set(optionIds).size !== optionIds.length) throw new InvalidInputError(`Each ${group.name} option can be picked once.`);
    picked.set(groupId, optionIds);
  }

  const options: ChosenDrink["options"] = [];
  for (const group of item.optionGroups) {
    const ids = picked.get(group.id) ?? group.options.filter((option) => option.isDefault && option.available).map((option) => option.id);
    const chosen = ids.map((optionId) => {
      const option = group.options.find((candidate) => candidate.id === optionId);
      if (!option) throw new InvalidInputError(`${group.name} has no such option.`);
      if (!option.available) throw new InvalidInputError(`${option.name} is not available right now. Please pick another ${group.name.toLowerCase()}.`, {
          code: "option-sold-out",
          values: { option: option.name },
        });
      return option;
    });
    if (group.required && chosen.length === 0) throw new InvalidInputError(`Please choose a ${group.name.toLowerCase()}.`, { code: "option-required", values: { group: group.name } });
    if (group.selection === "SINGLE" && chosen.length > 1) throw new InvalidInputError(`Choose one ${group.name.toLowerCase()} only.`);
    if (group.selection === "MULTIPLE" && group.maxChoices !== null && chosen.length > group.maxChoices) {
      throw new InvalidInputError(`Choose at most ${group.maxChoices} of ${group.name.toLowerCase()}.`);
    }
    for (const option of chosen) options.push({ group: group.name, choice: option.name });
  }
  return { menuItemId: item.id, name: item.name, station: item.station, options };
}
