import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../../errors";
import { chooseDrink, type MenuForOrdering } from "./choose-drink";

const option = (id: string, extra: Partial<{ isDefault: boolean; available: boolean }> = {}) => ({ id, name: id, isDefault: false, available: true, ...extra });

const menu: MenuForOrdering = [
  {
    id: "latte",
    name: "Latte",
    station: "ESPRESSO_BAR",
    available: true,
    optionGroups: [
      { id: "milk", name: "Milk", selection: "SINGLE", required: true, maxChoices: null, options: [option("Whole", { isDefault: true }), option("Oat"), option("Soy", { available: false })] },
      { id: "size", name: "Size", selection: "SINGLE", required: true, maxChoices: null, options: [option("Small"), option("Large")] },
      { id: "extras", name: "Extras", selection: "MULTIPLE", required: false, maxChoices: 2, options: [option("Shot"), option("Vanilla"), option("Cinnamon")] },
    ],
  },
  { id: "cold-brew", name: "Cold Brew", station: "COLD_BAR", available: false, optionGroups: [] },
];

const size = { groupId: "size", optionIds: ["Large"] };

describe("an attendee's drink, checked against the menu", () => {
  it("keeps the names as they are on the menu, the station that makes it, and fills in the defaults of groups left out", () => {
    expect(chooseDrink(menu, { menuItemId: "latte", choices: [size, { groupId: "extras", optionIds: ["Shot", "Vanilla"] }] })).toEqual({
      menuItemId: "latte",
      name: "Latte",
      station: "ESPRESSO_BAR",
      options: [
        { group: "Milk", choice: "Whole" },
        { group: "Size", choice: "Large" },
        { group: "Extras", choice: "Shot" },
        { group: "Extras", choice: "Vanilla" },
      ],
    });
  });

  it.each([
    ["a drink not on the menu", { menuItemId: "mocha", choices: [] }, "not on this menu"],
    ["a sold-out drink", { menuItemId: "cold-brew", choices: [] }, "Cold Brew is sold out"],
    ["a required group with no default left empty", { menuItemId: "latte", choices: [] }, "Please choose a size"],
    ["two choices in a single-choice group", { menuItemId: "latte", choices: [size, { groupId: "milk", optionIds: ["Whole", "Oat"] }] }, "Choose one milk only"],
    ["an option that ran out", { menuItemId: "latte", choices: [size, { groupId: "milk", optionIds: ["Soy"] }] }, "Soy is not available"],
    ["more extras than allowed", { menuItemId: "latte", choices: [size, { groupId: "extras", optionIds: ["Shot", "Vanilla", "Cinnamon"] }] }, "at most 2"],
    ["an option of another group", { menuItemId: "latte", choices: [size, { groupId: "milk", optionIds: ["Large"] }] }, "Milk has no such option"],
    ["a group of another drink", { menuItemId: "latte", choices: [size, { groupId: "beans", optionIds: ["x"] }] }, "no such option group"],
    ["a group twice", { menuItemId: "latte", choices: [size, size] }, "Choose Size once"],
    ["the same option twice", { menuItemId: "latte", choices: [size, { groupId: "extras", optionIds: ["Shot", "Shot"] }] }, "picked once"],
  ])("refuses %s, saying why", (_, choice, message) => {
    expect(() => chooseDrink(menu, choice)).toThrow(InvalidInputError);
    expect(() => chooseDrink(menu, choice)).toThrow(message);
  });
});
