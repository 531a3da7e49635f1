import { describe, expect, it } from "vitest";
import { dropIndex, movedTo, sameOrder } from "./list-order";

describe("moving a row to a new place", () => {
  const drinks = ["Espresso", "Latte", "Flat white", "Mocha"];

  it("takes the row out and puts it back where it was dropped, down or up", () => {
    expect(movedTo(drinks, 0, 2)).toEqual(["Latte", "Flat white", "Espresso", "Mocha"]);
    expect(movedTo(drinks, 3, 0)).toEqual(["Mocha", "Espresso", "Latte", "Flat white"]);
    expect(movedTo(drinks, 1, 3)).toEqual(["Espresso", "Flat white", "Mocha", "Latte"]);
  });

  it("keeps the list when the row is dropped where it was, and never loses or adds a row past the ends", () => {
    expect(movedTo(drinks, 2, 2)).toEqual(drinks);
    expect(movedTo(drinks, 0, 99)).toEqual(["Latte", "Flat white", "Mocha", "Espresso"]);
    expect(movedTo(drinks, 3, -5)).toEqual(["Mocha", "Espresso", "Latte", "Flat white"]);
    expect(movedTo(drinks, 7, 0)).toEqual(drinks);
    expect(drinks).toEqual(["Espresso", "Latte", "Flat white", "Mocha"]);
  });
});

describe("where a dragged row lands", () => {
  // Four cards 100 px tall: their middles at 50, 150, 250, 350.
  const middles = [50, 150, 250, 350];

  it("stays in place until the pointer passes a neighbour's middle", () => {
    expect(dropIndex(middles, 1, 149)).toBe(1);
    expect(dropIndex(middles, 1, 240)).toBe(1);
    expect(dropIndex(middles, 1, 49)).toBe(0);
  });

  it("lands after every row whose middle the pointer passed, down to the end", () => {
    expect(dropIndex(middles, 0, 251)).toBe(2);
    expect(dropIndex(middles, 0, 1_000)).toBe(3);
    expect(dropIndex(middles, 3, -20)).toBe(0);
  });

  it("gives the index that movedTo expects", () => {
    const rows = ["A", "B", "C", "D"];
    expect(movedTo(rows, 0, dropIndex(middles, 0, 300))).toEqual(["B", "C", "A", "D"]);
  });
});

describe("a stale drop", () => {
  it("is told by an order that differs from the server's in any place or length", () => {
    expect(sameOrder(["a", "b"], ["a", "b"])).toBe(true);
    expect(sameOrder(["a", "b"], ["b", "a"])).toBe(false);
    expect(sameOrder(["a", "b"], ["a", "b", "c"])).toBe(false);
  });
});
