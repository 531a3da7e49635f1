/**
 * The options of a drink that differ from the menu's defaults: those are what a barista must not miss, so the card
 * shows them large, beside the drink. An order keeps only names (the menu may change later), so it is matched by
 * drink, group and choice name; a drink no longer on the menu shows all its options.
 */

type MenuShape = readonly { name: string; optionGroups: readonly { name: string; options: readonly { name: string; isDefault: boolean }[] }[] }[];
type Option = { group: string; choice: string };

export function unusualOptions(menu: MenuShape, drink: { name: string; options: readonly Option[] }): Option[] {
  const item = menu.find((candidate) => candidate.name === drink.name);
  if (!item) return [...drink.options];
  return drink.options.filter((option) => {
    const group = item.optionGroups.find((candidate) => candidate.name === option.group);
    return !group?.options.find((candidate) => candidate.name === option.choice)?.isDefault;
  });
}
