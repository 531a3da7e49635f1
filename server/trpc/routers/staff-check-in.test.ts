import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../../auth/actor";
import { createTestDb } from "../../testing/test-db";
import { buildWorld, type World } from "../../testing/world";
import { createCaller } from "../root";

let world: World;
beforeAll(async () => {
  world = await buildWorld(await createTestDb());
});
afterAll(async () => world?.database.close());

describe("checking in for a shift", () => {
  it("a barista's board puts them on shift in the organiser's console", async () => {
    await expect(world.caller("barista").staff.checkIn({ slug: "demo", screen: "BOARD" })).resolves.toEqual({ recorded: true });
    const shifts = await world.caller("organiser").admin.staff.onShift({ slug: "demo" });
    expect(shifts).toEqual([expect.objectContaining({ name: "Bruno Barista", screen: "BOARD" })]);
  });

  it("an organiser looking at a board is not on its shift", async () => {
    await expect(world.caller("organiser").staff.checkIn({ slug: "other-booth", screen: "BOARD" })).resolves.toEqual({ recorded: false });
    expect(await world.caller("organiser").admin.staff.onShift({ slug: "other-booth" })).toEqual([]);
  });

  it("a booth screen's account checks in as a screen, never as a board", async () => {
    const screen = await world.caller("organiser").admin.staff.add({
      slug: "demo",
      email: "hall-screen@test.local",
      role: "DISPLAY",
      newAccount: { name: "Hall Screen", password: "hall-screen-pass" },
    });
    const caller = createCaller({ db: world.database.prisma, actor: await loadActor(world.database.prisma, screen.userId) });
    await expect(caller.staff.checkIn({ slug: "demo", screen: "BOARD" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(caller.staff.checkIn({ slug: "demo", screen: "DISPLAY" })).resolves.toEqual({ recorded: true });
    const shifts = await world.caller("organiser").admin.staff.onShift({ slug: "demo" });
    expect(shifts.map((shift) => `${shift.name}: ${shift.screen}`).sort()).toEqual(["Bruno Barista: BOARD", "Hall Screen: DISPLAY"]);
  });

  it("a barista of another event cannot check in here", async () => {
    await expect(world.caller("baristaOfOtherEvent").staff.checkIn({ slug: "demo", screen: "BOARD" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
