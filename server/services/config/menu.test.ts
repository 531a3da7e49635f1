import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listReceivedEvents } from "../../../inngest/embedded/inspect-events";
import { NotFoundError } from "../../errors";
import { createTestDb, fingerprint } from "../../testing/test-db";
import { buildWorld, type World } from "../../testing/world";
import { readMenu, setMenuItemAvailability, setOptionAvailability } from "./menu";

let world: World;
beforeAll(async () => {
  world = await buildWorld(await createTestDb());
});
afterAll(async () => world?.database.close());

describe("the demo menu", () => {
  it("is a realistic coffee menu with option groups and a sold-out drink", async () => {
    const menu = await readMenu(world.database.prisma, world.demoEventId);
    expect(menu.length).toBeGreaterThanOrEqual(8);
    const latte = menu.find((item) => item.name === "Caffè Latte")!;
    expect(latte.optionGroups.map((g) => [g.name, g.selection, g.required])).toEqual([
      ["Size", "SINGLE", true],
      ["Milk", "SINGLE", true],
      ["Syrup", "SINGLE", false],
      ["Extras", "MULTIPLE", false],
    ]);
    const milk = latte.optionGroups.find((g) => g.name === "Milk")!;
    expect(milk.options.filter((o) => o.isDefault).map((o) => o.name)).toEqual(["Whole milk"]);
    expect(milk.options.find((o) => o.name === "Soy")?.available).toBe(false);
    expect(menu.filter((item) => !item.available).map((item) => item.name)).toEqual(["Cold Brew"]);
    expect(menu.map((item) => item.sortOrder)).toEqual([...menu.keys()]);
  });
});

describe("marking a drink sold out", () => {
  it("changes that drink only", async () => {
    const db = world.database.prisma;
    const [first, second] = await readMenu(db, world.demoEventId);
    await setMenuItemAvailability(db, world.demoEventId, first!.id, false, "barista-1");
    const after = await readMenu(db, world.demoEventId);
    expect(after.find((i) => i.id === first!.id)?.available).toBe(false);
    expect(after.find((i) => i.id === second!.id)?.available).toBe(second!.available);
    await setMenuItemAvailability(db, world.demoEventId, first!.id, true, "barista-1");
  });

  it("cannot reach a drink of another event, and changes nothing trying", async () => {
    const db = world.database.prisma;
    const [demoItem] = await readMenu(db, world.demoEventId);
    const before = await fingerprint(world.database);
    await expect(setMenuItemAvailability(db, world.otherEventId, demoItem!.id, false, "barista-1")).rejects.toThrow(NotFoundError);
    expect(await fingerprint(world.database)).toBe(before);
  });
});

describe("marking an option sold out (oat milk)", () => {
  const oatOf = async (eventId = world.demoEventId) => {
    const menu = await readMenu(world.database.prisma, eventId);
    return menu.flatMap((item) => item.optionGroups.filter((group) => group.name === "Milk").map((group) => [item.name, group.options.find((option) => option.name === "Oat")!.available] as const));
  };

  it("changes it on every drink that offers it, and only it, and tells the screens in the same transaction", async () => {
    const db = world.database.prisma;
    const menuBefore = await readMenu(db, world.demoEventId);
    const result = await setOptionAvailability(db, world.demoEventId, { group: "Milk", name: "Oat", available: false }, "barista-1");

    const drinksWithMilk = (await oatOf()).map(([drink]) => drink);
    expect(drinksWithMilk.length).toBeGreaterThan(3);
    expect(result).toEqual({ group: "Milk", name: "Oat", available: false, drinks: drinksWithMilk });
    expect((await oatOf()).every(([, available]) => !available)).toBe(true);
    // Nothing else moved: every other option and drink is as it was.
    const others = (menu: Awaited<ReturnType<typeof readMenu>>) =>
      menu.map((item) => [item.available, item.optionGroups.map((group) => group.options.filter((o) => !(group.name === "Milk" && o.name === "Oat")).map((o) => o.available))]);
    expect(others(await readMenu(db, world.demoEventId))).toEqual(others(menuBefore));
    const sent = await listReceivedEvents(world.database.sql, { name: "config/changed" });
    expect(sent.at(-1)?.data).toMatchObject({ changed: ["menu.Milk.Oat.available"], available: false, changedBy: "barista-1" });

    await setOptionAvailability(db, world.demoEventId, { group: "Milk", name: "Oat", available: true }, "barista-1");
    expect((await oatOf()).every(([, available]) => available)).toBe(true);
  });

  it("refuses an option the menu does not have, or another event's, and changes nothing trying", async () => {
    const before = await fingerprint(world.database);
    await expect(setOptionAvailability(world.database.prisma, world.demoEventId, { group: "Milk", name: "Camel", available: false }, "barista-1")).rejects.toThrow(NotFoundError);
    await expect(setOptionAvailability(world.database.prisma, world.otherEventId, { group: "Milk", name: "Oat", available: false }, "barista-1")).rejects.toThrow(NotFoundError);
    expect(await fingerprint(world.database)).toBe(before);
  });
});
