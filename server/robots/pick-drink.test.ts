import { describe, expect, it } from "vitest";
import { chooseDrink, type MenuForOrdering } from "../services/orders/choose-drink";
import { pickDrink } from "./pick-drink";

const option = (id: string, extra: Partial<{ isDefault: boolean; available: boolean }> = {}) => ({ id, name: id, isDefault: false, available: true, ...extra });
const menu: MenuForOrdering = [
  { id: "sold-out", name: "Mocha", station: "ESPRESSO_BAR", available: false, optionGroups: [] },
  {
    id: "latte",
    name: "Latte",
    station: "ESPRESSO_BAR",
    available: true,
    optionGroups: [
      { id: "milk", name: "Milk", selection: "SINGLE", required: true, maxChoices: null, options: [option("whole", { isDefault: true }), option("oat", { available: false }), option("soy")] },
      { id: "extras", name: "Extras", selection: "MULTIPLE", required: false, maxChoices: 2, options: [option("shot"), option("syrup"), option("cream")] },
      { id: "size", name: "Size", selection: "SINGLE", required: false, maxChoices: null, options: [option("small"), option("large")] },
    ],
  },
];

describe("a robot's drink", () => {
  it("is always one the server's menu rules accept: available, a required group answered, within each group's maximum", () => {
    for (let seed = 1; seed <= 300; seed++) {
      let state = seed;
      const random = () => ((state = (state * 16807) % 2147483647) - 1) / 2147483646;
      const pick = pickDrink(menu, random)!;
      expect(pick.menuItemId).toBe("latte");
      const chosen = chooseDrink(menu, pick); // throws on anything the booth would refuse
      expect(chosen.options.map((o) => o.choice)).not.toContain("oat");
    }
  });

  it("is none when nothing on the menu is available", () => {
    expect(pickDrink([{ ...menu[0]! }])).toBeNull();
  });
});
