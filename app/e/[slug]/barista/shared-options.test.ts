import { describe, expect, it } from "vitest";
import { sharedOptions } from "./shared-options";

const milk = (oat: boolean, soy = true) => ({ name: "Milk", options: [{ name: "Whole", available: true }, { name: "Oat", available: oat }, { name: "Soy", available: soy }] });

describe("a menu's options, as a barista runs out of them", () => {
  it("lists each option once per group, in menu order, counting the drinks that offer it", () => {
    const menu = [{ optionGroups: [milk(true)] }, { optionGroups: [{ name: "Size", options: [{ name: "Large", available: true }] }, milk(true)] }, { optionGroups: [] }];
    expect(sharedOptions(menu)).toEqual([
      {
        name: "Milk",
        options: [
          { name: "Whole", drinks: 2, stock: "available" },
          { name: "Oat", drinks: 2, stock: "available" },
          { name: "Soy", drinks: 2, stock: "available" },
        ],
      },
      { name: "Size", options: [{ name: "Large", drinks: 1, stock: "available" }] },
    ]);
  });

  it("calls an option sold out when every drink has it sold out, and says so when only some do", () => {
    const [group] = sharedOptions([{ optionGroups: [milk(false, false)] }, { optionGroups: [milk(false, true)] }]);
    expect(group!.options.map((option) => [option.name, option.stock])).toEqual([
      ["Whole", "available"],
      ["Oat", "sold-out"],
      ["Soy", "some-sold-out"],
    ]);
  });
});
