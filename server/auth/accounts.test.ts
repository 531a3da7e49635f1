import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/connect";
import { ConflictError } from "../errors";
import { createTestDb } from "../testing/test-db";
import { createGuest, createStaffAccount, verifyStaffCredentials } from "./accounts";

let database: Database;
beforeAll(async () => {
  database = await createTestDb();
  await createStaffAccount(database.prisma, { email: "Mia@Booth.test", name: "Mia", password: "correct horse" });
});
afterAll(async () => database?.close());

describe("staff accounts", () => {
  it("keep only a bcrypt hash of the password", async () => {
    const user = await database.prisma.user.findUniqueOrThrow({ where: { email: "mia@booth.test" } });
    expect(user.passwordHash).toMatch(/^\$2[aby]\$\d\d\$/);
    expect(user.passwordHash).not.toContain("correct horse");
  });

  it("sign in with the right password, whatever the e-mail's case", async () => {
    await expect(verifyStaffCredentials(database.prisma, { email: " MIA@booth.test ", password: "correct horse" })).resolves.toMatchObject({
      name: "Mia",
      kind: "STAFF",
    });
  });

  it("do not sign in with a wrong password, an unknown e-mail or malformed fields", async () => {
    for (const credentials of [
      { email: "mia@booth.test", password: "wrong horse" },
      { email: "nobody@booth.test", password: "correct horse" },
      { email: "mia@booth.test" },
      { email: ["mia@booth.test"], password: "correct horse" },
      null,
    ]) {
      await expect(verifyStaffCredentials(database.prisma, credentials)).resolves.toBeNull();
    }
  });

  it("cannot be created twice for one e-mail", async () => {
    await expect(createStaffAccount(database.prisma, { email: "mia@booth.test", name: "Mia Two", password: "another one" })).rejects.toThrow(
      ConflictError,
    );
  });
});

describe("guests", () => {
  it("sign in with the name for the cup, trimmed", async () => {
    await expect(createGuest(database.prisma, "  Zoë ")).resolves.toMatchObject({ name: "Zoë", kind: "GUEST" });
  });

  it("are refused a name that is too short, too long or not text, and nothing is created", async () => {
    const before = await database.prisma.user.count();
    for (const name of ["Z", "x".repeat(41), "\u0007bell", 42, undefined]) {
      await expect(createGuest(database.prisma, name)).resolves.toBeNull();
    }
    expect(await database.prisma.user.count()).toBe(before);
  });

  it("cannot sign in as staff", async () => {
    const guest = await createGuest(database.prisma, "Gil");
    expect(guest).not.toBeNull();
    await expect(verifyStaffCredentials(database.prisma, { email: "gil@booth.test", password: "anything" })).resolves.toBeNull();
  });
});
