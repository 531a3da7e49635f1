/**
 * The options of a whole menu as a barista runs out of them: oat milk is one thing behind the counter, whichever
 * drinks offer it. Options are matched by group and name, in the order the menu first shows them; one is sold out
 * when every drink has it sold out, and "sold out for some drinks" when only some do (an organiser set it per drink).
 */

type MenuShape = readonly { optionGroups: readonly { name: string; options: readonly { name: string; available: boolean }[] }[] }[];

export type OptionStock = "available" | "sold-out" | "some-sold-out";
export type SharedOption = { name: string; stock: OptionStock; drinks: number };
export type SharedGroup = { name: string; options: SharedOption[] };

export function sharedOptions(menu: MenuShape): SharedGroup[] {
  const groups = new Map<string, Map<string, { available: number; drinks: number }>>();
  for (const item of menu) {
    for (const group of item.optionGroups) {
      const options = groups.get(group.name) ?? new Map<string, { available: number; drinks: number }>();
      groups.set(group.name, options);
      for (const option of group.options) {
        const tally = options.get(option.name) ?? { available: 0, drinks: 0 };
        options.set(option.name, { available: tally.available + (option.available ? 1 : 0), drinks: tally.drinks + 1 });
      }
    }
  }
  return [...groups].map(([name, options]) => ({
    name,
    options: [...options].map(([optionName, { available, drinks }]) => ({
      name: optionName,
      drinks,
      stock: available === drinks ? "available" : available === 0 ? "sold-out" : "some-sold-out",
    })),
  }));
}
