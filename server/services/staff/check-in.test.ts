import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../../testing/test-db";
import { buildWorld, type World } from "../../testing/world";
import { checkIn, listOnShift } from "./check-in";
import { addStaffMember, removeStaffMember } from "./membership";

let world: World;
let baristaId: string;
beforeAll(async () => {
  world = await buildWorld(await createTestDb());
  baristaId = world.actors.barista.kind === "staff" ? world.actors.barista.userId : "";
});
afterAll(async () => world?.database.close());

const at = (time: string) => new Date(`2026-12-02T${time}Z`);

describe("who is on shift", () => {
  it("a board checked in within the last two minutes is on shift since its first check-in", async () => {
    const db = world.database.prisma;
    await checkIn(db, { eventId: world.demoEventId, userId: baristaId, screen: "BOARD" }, at("09:00:00"));
    await checkIn(db, { eventId: world.demoEventId, userId: baristaId, screen: "BOARD" }, at("09:01:00"));
    expect(await listOnShift(db, world.demoEventId, at("09:03:00"))).toEqual([
      { userId: baristaId, name: expect.any(String), screen: "BOARD", since: at("09:00:00"), lastSeenAt: at("09:01:00") },
    ]);
    expect(await db.staffPresence.count({ where: { userId: baristaId } })).toBe(1);
  });

  it("is off shift after two minutes without a check-in, and a later check-in starts a new shift", async () => {
    const db = world.database.prisma;
    expect(await listOnShift(db, world.demoEventId, at("09:03:01"))).toEqual([]);
    await checkIn(db, { eventId: world.demoEventId, userId: baristaId, screen: "BOARD" }, at("09:10:00"));
    const [shift] = await listOnShift(db, world.demoEventId, at("09:10:30"));
    expect(shift).toMatchObject({ since: at("09:10:00"), lastSeenAt: at("09:10:00") });
  });

  it("a late check-in from an old tab does not move last seen back", async () => {
    const db = world.database.prisma;
    await checkIn(db, { eventId: world.demoEventId, userId: baristaId, screen: "BOARD" }, at("09:09:00"));
    const [shift] = await listOnShift(db, world.demoEventId, at("09:10:30"));
    expect(shift).toMatchObject({ since: at("09:10:00"), lastSeenAt: at("09:10:00") });
  });

  it("lists the board and the booth screen of one person apart, only for their own event", async () => {
    const db = world.database.prisma;
    await checkIn(db, { eventId: world.demoEventId, userId: baristaId, screen: "DISPLAY" }, at("09:11:00"));
    const shifts = await listOnShift(db, world.demoEventId, at("09:11:30"));
    expect(shifts.map((shift) => shift.screen)).toEqual(["BOARD", "DISPLAY"]);
    expect(await listOnShift(db, world.otherEventId, at("09:11:30"))).toEqual([]);
  });

  it("someone taken off the staff drops off the list at once", async () => {
    const db = world.database.prisma;
    const member = await addStaffMember(db, { slug: "demo", email: "leaving@test.local", role: "BARISTA", newAccount: { name: "Leo Leaving", password: "leaving-pass" } });
    await checkIn(db, { eventId: world.demoEventId, userId: member.userId, screen: "BOARD" }, at("09:11:00"));
    expect((await listOnShift(db, world.demoEventId, at("09:11:30"))).map((shift) => shift.name)).toContain("Leo Leaving");
    await removeStaffMember(db, { slug: "demo", userId: member.userId });
    expect((await listOnShift(db, world.demoEventId, at("09:11:30"))).map((shift) => shift.name)).not.toContain("Leo Leaving");
  });
});
