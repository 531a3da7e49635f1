import { describe, expect, it } from "vitest";
import type { BoardMenu } from "./board-types";
import { atStation, stationOfPushedOrder, stationsOnMenu } from "./stations";

const item = (name: string, station: "ESPRESSO_BAR" | "COLD_BAR") => ({ id: name, name, description: "", station, available: true, optionGroups: [] });

describe("the board's stations", () => {
  it("are the menu's, each once, in menu order", () => {
    const menu: BoardMenu = [item("Iced Latte", "COLD_BAR"), item("Flat White", "ESPRESSO_BAR"), item("Cold Brew", "COLD_BAR")];
    expect(stationsOnMenu(menu)).toEqual(["COLD_BAR", "ESPRESSO_BAR"]);
    expect(stationsOnMenu([item("Flat White", "ESPRESSO_BAR")])).toEqual(["ESPRESSO_BAR"]);
  });

  it("let a bar see its own orders, or every order", () => {
    expect(atStation("COLD_BAR", "COLD_BAR")).toBe(true);
    expect(atStation("COLD_BAR", "ESPRESSO_BAR")).toBe(false);
    expect(atStation("ALL", "ESPRESSO_BAR")).toBe(true);
  });

  it("read a pushed order's station, and the espresso bar where the push has none", () => {
    expect(stationOfPushedOrder({ drink: { name: "Iced Latte", station: "COLD_BAR" } })).toBe("COLD_BAR");
    expect(stationOfPushedOrder({ drink: { name: "Latte" } })).toBe("ESPRESSO_BAR");
    expect(stationOfPushedOrder(null)).toBe("ESPRESSO_BAR");
    expect(stationOfPushedOrder({ drink: { station: "GARDEN" } })).toBe("ESPRESSO_BAR");
  });
});
