import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, NotFoundError } from "../../errors";
import { createTestDb } from "../../testing/test-db";
import { buildWorld, demoAccounts, type World } from "../../testing/world";
import { addStaffMember, listEventsOfStaff, listStaff, removeStaffMember } from "./membership";

let world: World;
beforeAll(async () => {
  world = await buildWorld(await createTestDb());
});
afterAll(async () => world?.database.close());

describe("event staff", () => {
  it("puts an existing account on a second event without touching its password", async () => {
    const db = world.database.prisma;
    const before = await db.user.findUniqueOrThrow({ where: { email: demoAccounts.barista.email } });
    const member = await addStaffMember(db, { slug: "other-booth", email: demoAccounts.barista.email, role: "BARISTA" });
    expect(member).toMatchObject({ userId: before.id, role: "BARISTA" });
    const after = await db.user.findUniqueOrThrow({ where: { id: before.id } });
    expect(after.passwordHash).toBe(before.passwordHash);
    const events = await listEventsOfStaff(db, before.id, false);
    expect(events.map((e) => e.event.slug).sort()).toEqual(["demo", "other-booth"]);
  });

  it("changes a member's role when they are added again", async () => {
    const db = world.database.prisma;
    await addStaffMember(db, { slug: "other-booth", email: demoAccounts.barista.email, role: "DISPLAY" });
    const staff = await listStaff(db, world.otherEventId);
    expect(staff.filter((m) => m.email === demoAccounts.barista.email).map((m) => m.role)).toEqual(["DISPLAY"]);
  });

  it("asks for a name and password for an e-mail without an account", async () => {
    await expect(
      addStaffMember(world.database.prisma, { slug: "demo", email: "stranger@test.local", role: "BARISTA" }),
    ).rejects.toThrow(new NotFoundError("There is no account for stranger@test.local: give a name and a password to create one"));
  });

  it("refuses an unknown event, and removing someone who is not on the staff", async () => {
    const db = world.database.prisma;
    await expect(addStaffMember(db, { slug: "nowhere", email: demoAccounts.barista.email, role: "BARISTA" })).rejects.toThrow(NotFoundError);
    await expect(removeStaffMember(db, { slug: "demo", userId: "not-a-member" })).rejects.toThrow(NotFoundError);
  });

  it("does not create a second account for an e-mail in a race", async () => {
    const db = world.database.prisma;
    const attempts = await Promise.allSettled(
      [1, 2].map(() =>
        addStaffMember(db, {
          slug: "demo",
          email: "twice@test.local",
          role: "BARISTA",
          newAccount: { name: "Twice", password: "twice-pass" },
        }),
      ),
    );
    expect(await db.user.count({ where: { email: "twice@test.local" } })).toBe(1);
    const rejected = attempts.filter((a) => a.status === "rejected");
    for (const failure of rejected) expect((failure as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
  });
});
