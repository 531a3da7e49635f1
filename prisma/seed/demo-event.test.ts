import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyStaffCredentials } from "../../server/auth/accounts";
import { hashPassword, needsRehash } from "../../server/auth/passwords";
import type { Database } from "../../server/db/connect";
import { createTestDb } from "../../server/testing/test-db";
import { seedDemoEvent } from "./demo-event";

const accounts = {
  organiser: { email: "olivia@demo.test", password: "olivia-pass" },
  barista: { email: "bruno@demo.test", password: "bruno-pass" },
};

let database: Database;
beforeAll(async () => {
  database = await createTestDb();
});
afterAll(async () => database?.close());

describe("the demo event", () => {
  it("is seeded once, with its barista on the staff and its store open", async () => {
    expect(await seedDemoEvent(database.prisma, accounts)).toEqual({ created: true });
    expect(await seedDemoEvent(database.prisma, accounts)).toEqual({ created: false });
    const event = await database.prisma.event.findUniqueOrThrow({ where: { slug: "demo" }, include: { staff: { include: { user: true } } } });
    expect(event.storeOpen).toBe(true);
    expect(event.staff.map((m) => [m.user.email, m.role])).toEqual([["bruno@demo.test", "BARISTA"]]);
    expect(await database.prisma.menuItem.count({ where: { eventId: event.id } })).toBeGreaterThanOrEqual(8);
  });

  it("keeps the printed passwords working when they change between starts", async () => {
    const changed = { ...accounts, organiser: { ...accounts.organiser, password: "a-new-password" } };
    await seedDemoEvent(database.prisma, changed);
    await expect(verifyStaffCredentials(database.prisma, { email: "olivia@demo.test", password: "a-new-password" })).resolves.toMatchObject({
      kind: "STAFF",
    });
    await expect(verifyStaffCredentials(database.prisma, { email: "olivia@demo.test", password: "olivia-pass" })).resolves.toBeNull();
    const organiser = await database.prisma.user.findUniqueOrThrow({ where: { email: "olivia@demo.test" } });
    expect(organiser.isOrganiser).toBe(true);
  });

  it("replaces an old hash of the same password with one made with today's settings", async () => {
    const weak = await hashPassword(accounts.barista.password, { N: 2 ** 3, r: 8, p: 1 });
    await database.prisma.user.update({ where: { email: accounts.barista.email }, data: { passwordHash: weak } });
    await seedDemoEvent(database.prisma, accounts);
    const barista = await database.prisma.user.findUniqueOrThrow({ where: { email: accounts.barista.email } });
    expect(barista.passwordHash).not.toBe(weak);
    expect(needsRehash(barista.passwordHash!)).toBe(false);
    await expect(verifyStaffCredentials(database.prisma, accounts.barista)).resolves.toMatchObject({ kind: "STAFF" });
  });
});
