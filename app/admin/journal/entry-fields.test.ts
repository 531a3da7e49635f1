import { describe, expect, it } from "vitest";
import { entryFields } from "./entry-fields";

describe("a journal entry's data as fields", () => {
  it("spells out nested objects and the chosen options", () => {
    const data = {
      orderId: "o1",
      orderNumber: 12,
      drink: { name: "Latte", options: [{ group: "Milk", choice: "Oat" }, { group: "Size", choice: "Large" }] },
      retryAfter: null,
      changed: ["storeOpen"],
    };
    expect(entryFields(data)).toEqual([
      ["orderId", "o1"],
      ["orderNumber", "12"],
      ["drink.name", "Latte"],
      ["drink.options", "Milk: Oat, Size: Large"],
      ["retryAfter", "—"],
      ["changed", "storeOpen"],
    ]);
  });

  it("says when a list is empty, and shows data that is no object as it is", () => {
    expect(entryFields({ drink: { options: [] } })).toEqual([["drink.options", "none"]]);
    expect(entryFields("odd")).toEqual([["data", '"odd"']]);
  });
});
