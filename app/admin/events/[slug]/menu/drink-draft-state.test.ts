import { describe, expect, it } from "vitest";
import { menuItemDraft } from "@/server/services/config/menu-item-draft";
import { draftOf, emptyGroup, iconLabel, moved, stateOf, withDefault, type MenuItemView } from "./drink-draft-state";

const latte: MenuItemView = {
  id: "latte",
  name: "Latte",
  description: "",
  icon: "latte",
  station: "ESPRESSO_BAR",
  available: true,
  optionGroups: [
    { id: "milk", name: "Milk", selection: "SINGLE", required: true, maxChoices: null, options: [{ id: "whole", name: "Whole", isDefault: true, available: true }, { id: "oat", name: "Oat", isDefault: false, available: false }] },
    { id: "syrup", name: "Syrup", selection: "MULTIPLE", required: false, maxChoices: 2, options: [{ id: "vanilla", name: "Vanilla", isDefault: false, available: true }] },
  ],
};

describe("the drink form's state", () => {
  it("round-trips a drink into a draft the server accepts, ids kept so renames keep them", () => {
    const draft = draftOf(stateOf(latte));
    expect(menuItemDraft.safeParse(draft).success).toBe(true);
    expect(draft.optionGroups!.map((g) => [g.id, g.maxChoices, g.options.map((o) => o.id)])).toEqual([
      ["milk", undefined, ["whole", "oat"]],
      ["syrup", 2, ["vanilla"]],
    ]);
  });

  it("sends a maximum only for a multiple-choice group with one typed", () => {
    const state = stateOf(latte);
    state.optionGroups[1]!.maxChoices = " ";
    state.optionGroups[0]!.maxChoices = "3";
    expect(draftOf(state).optionGroups!.map((g) => g.maxChoices)).toEqual([undefined, undefined]);
  });

  it("keeps one default in a single-choice group, any number in a multiple one", () => {
    const [milk, syrup] = stateOf(latte).optionGroups;
    expect(withDefault(milk!, "oat", true).options.map((o) => o.isDefault)).toEqual([false, true]);
    const extras = { ...syrup!, options: [...syrup!.options, { key: "cream", name: "Cream", isDefault: true, available: true }] };
    expect(withDefault(extras, "vanilla", true).options.map((o) => o.isDefault)).toEqual([true, true]);
  });

  it("moves a row one place, and not past either end", () => {
    expect(moved(["a", "b", "c"], 2, "up")).toEqual(["a", "c", "b"]);
    expect(moved(["a", "b", "c"], 0, "up")).toEqual(["a", "b", "c"]);
    expect(moved(["a", "b", "c"], 2, "down")).toEqual(["a", "b", "c"]);
  });

  it("gives new rows keys of their own and names pictures as people read them", () => {
    expect(emptyGroup().key).not.toBe(emptyGroup().key);
    expect(iconLabel("flat-white")).toBe("Flat white");
  });
});
