import { describe, expect, it } from "vitest";
import { recordedChoice, scaledSettings } from "./replay-booth";

const booth = { qrRotationSeconds: 300, drinksPerCode: 10, submitWindowSeconds: 300, baristaWindowSeconds: 900, readyDisplaySeconds: 600 };

describe("the replay's booth", () => {
  it("divides every window by the speed, so timeouts and code rotations keep their place in the day", () => {
    expect(scaledSettings(booth, 1)).toEqual(booth);
    expect(scaledSettings(booth, 10)).toEqual({ qrRotationSeconds: 30, drinksPerCode: 10, submitWindowSeconds: 30, baristaWindowSeconds: 90, readyDisplaySeconds: 60 });
  });

  it("stops a window at the booth's lower bound, and lets a code that covers more of the day hold as many more drinks", () => {
    // 300 s / 100 = 3 s, but a code lasts at least 30 s: it covers 3000 recorded seconds, ten windows' worth of drinks.
    expect(scaledSettings(booth, 100)).toEqual({ qrRotationSeconds: 30, drinksPerCode: 100, submitWindowSeconds: 5, baristaWindowSeconds: 9, readyDisplaySeconds: 6 });
    expect(scaledSettings({ ...booth, drinksPerCode: 400 }, 100).drinksPerCode).toBe(500);
  });

  const menu = [
    { id: "m-latte", name: "Latte", optionGroups: [{ id: "g-milk", name: "Milk", options: [{ id: "o-whole", name: "Whole" }, { id: "o-oat", name: "Oat" }] }, { id: "g-extras", name: "Extras", options: [{ id: "o-shot", name: "Extra shot" }] }] },
  ];

  it("orders a recorded drink from the new menu by its names, naming every group so no default slips in", () => {
    expect(recordedChoice(menu, { name: "Latte", options: [{ group: "Milk", choice: "Oat" }] })).toEqual({
      menuItemId: "m-latte",
      choices: [{ groupId: "g-milk", optionIds: ["o-oat"] }, { groupId: "g-extras", optionIds: [] }],
    });
  });

  it("says which drink or option the new menu lacks", () => {
    expect(() => recordedChoice(menu, { name: "Mocha", options: [] })).toThrow('"Mocha" is not on the new event\'s menu');
    expect(() => recordedChoice(menu, { name: "Latte", options: [{ group: "Milk", choice: "Camel" }] })).toThrow('Latte has no Milk option "Camel"');
  });
});
