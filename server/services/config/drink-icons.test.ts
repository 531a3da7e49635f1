import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { drinkIcons } from "./menu-item-draft";

describe("the drink pictures", () => {
  it("are the files in public/drinks, one for each name a drink may take", () => {
    const files = readdirSync(new URL("../../../public/drinks/", import.meta.url)).filter((file) => file.endsWith(".svg"));
    expect(files.map((file) => file.replace(/\.svg$/, "")).sort()).toEqual([...drinkIcons].sort());
  });
});
