import { describe, expect, it } from "vitest";
import { unusualOptions } from "./usual-options";

const menu = [
  {
    name: "Flat White",
    optionGroups: [
      { name: "Milk", options: [{ name: "Whole", isDefault: true }, { name: "Oat", isDefault: false }] },
      { name: "Size", options: [{ name: "Regular", isDefault: true }, { name: "Large", isDefault: false }] },
    ],
  },
];

describe("the options a barista must not miss", () => {
  it("leaves out the menu's defaults and keeps every other choice", () => {
    const drink = { name: "Flat White", options: [{ group: "Milk", choice: "Oat" }, { group: "Size", choice: "Regular" }] };
    expect(unusualOptions(menu, drink)).toEqual([{ group: "Milk", choice: "Oat" }]);
  });

  it("keeps every option of a drink or choice the menu no longer has", () => {
    const gone = { name: "Mocha", options: [{ group: "Milk", choice: "Whole" }] };
    expect(unusualOptions(menu, gone)).toEqual(gone.options);
    const renamed = { name: "Flat White", options: [{ group: "Milk", choice: "Soy" }] };
    expect(unusualOptions(menu, renamed)).toEqual(renamed.options);
  });
});
