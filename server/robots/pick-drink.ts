// What a robot attendee orders: any available drink of the live menu, with options a person might pick that the
// menu's rules accept (a required group gets one, a single-choice group at most one, a multiple one within its maximum).

export type MenuForRobots = {
  id: string;
  name: string;
  available: boolean;
  optionGroups: { id: string; name: string; selection: "SINGLE" | "MULTIPLE"; required: boolean; maxChoices: number | null; options: { id: string; isDefault: boolean; available: boolean }[] }[];
}[];

export type DrinkPick = { menuItemId: string; name: string; choices: { groupId: string; optionIds: string[] }[] };

/** `random` returns a number in [0, 1), like Math.random (tests pass their own). Null when nothing is available. */
export function pickDrink(menu: MenuForRobots, random: () => number = Math.random): DrinkPick | null {
  const drinks = menu.filter((item) => item.available);
  if (drinks.length === 0) return null;
  const drink = drinks[Math.floor(random() * drinks.length)]!;
  const choices: DrinkPick["choices"] = [];
  for (const group of drink.optionGroups) {
    const open = group.options.filter((option) => option.available);
    // Half the time a person leaves an optional group alone: its defaults apply (the server fills them in).
    if (open.length === 0 || (!group.required && random() < 0.5)) continue;
    const most = group.selection === "SINGLE" ? 1 : Math.min(open.length, group.maxChoices ?? open.length);
    const count = group.required || group.selection === "SINGLE" ? 1 + Math.floor(random() * most) : Math.floor(random() * (most + 1));
    const shuffled = [...open].sort(() => random() - 0.5);
    choices.push({ groupId: group.id, optionIds: shuffled.slice(0, Math.max(0, Math.min(count, most))).map((option) => option.id) });
  }
  return { menuItemId: drink.id, name: drink.name, choices };
}
