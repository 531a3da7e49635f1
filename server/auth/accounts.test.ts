import bcrypt from "bcryptjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/connect";
import { ConflictError } from "../errors";
import { createTestDb } from "../testing/test-db";
import { createGuest, createStaffAccount, upgradePasswordHash, verifyStaffCredentials } from "./accounts";
import { hashPassword, verifyPassword } from "./passwords";

let database: Database;
beforeAll(async () => {
  database = await createTestDb();
  await createStaffAccount(database.prisma, { email: "Mia@Booth.test", name: "Mia", password: "correct horse" });
});
afterAll(async () => database?.close());

describe("staff accounts", () => {
  it("keep only a scrypt hash of the password", async () => {
    const user = await database.prisma.user.findUniqueOrThrow({ where: { email: "mia@booth.test" } });
    expect(user.passwordHash).toMatch(/^scrypt\$/);
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

  it("with a bcrypt hash from before still sign in, and then keep a scrypt hash instead", async () => {
    const legacy = bcrypt.hashSync("old but gold", 4);
    await database.prisma.user.create({ data: { kind: "STAFF", email: "otto@booth.test", name: "Otto", passwordHash: legacy } });
    const storedHash = async () => (await database.prisma.user.findUniqueOrThrow({ where: { email: "otto@booth.test" } })).passwordHash!;

    await expect(verifyStaffCredentials(database.prisma, { email: "otto@booth.test", password: "wrong but bold" })).resolves.toBeNull();
    expect(await storedHash()).toBe(legacy); // a wrong password changes nothing

    await expect(verifyStaffCredentials(database.prisma, { email: "otto@booth.test", password: "old but gold" })).resolves.toMatchObject({ name: "Otto" });
    const upgraded = await storedHash();
    expect(upgraded).toMatch(/^scrypt\$/);
    await expect(verifyPassword("old but gold", upgraded)).resolves.toBe(true);
    await expect(verifyStaffCredentials(database.prisma, { email: "otto@booth.test", password: "old but gold" })).resolves.toMatchObject({ name: "Otto" });
    expect(await storedHash()).toBe(upgraded); // made once, not at every sign-in
  });

  it("keep a password changed while an old hash was being replaced", async () => {
    const legacy = bcrypt.hashSync("first password", 4);
    const user = await database.prisma.user.create({ data: { kind: "STAFF", email: "pia@booth.test", name: "Pia", passwordHash: legacy } });
    const changed = await hashPassword("second password");
    await database.prisma.user.update({ where: { id: user.id }, data: { passwordHash: changed } });

    await upgradePasswordHash(database.prisma, { id: user.id, passwordHash: legacy }, "first password");
    expect((await database.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(changed);
  });

  it("are not created with a name or password holding what no keyboard types, and a name is trimmed", async () => {
    const account = { email: "rui@booth.test", name: "Rui", password: "long enough" };
    for (const bad of [{ name: "Rui\u0000" }, { name: "\u202eRui" }, { name: "Ru\ud800" }, { password: "long\u0000enough" }, { password: "long enough\ud83d" }]) {
      await expect(createStaffAccount(database.prisma, { ...account, ...bad }), JSON.stringify(bad)).rejects.toThrow();
    }
    expect(await database.prisma.user.count({ where: { email: account.email } })).toBe(0);
    const created = await createStaffAccount(database.prisma, { ...account, name: "  Rui  ", password: " with spaces " });
    expect(created.name).toBe("Rui");
    await expect(verifyStaffCredentials(database.prisma, { email: account.email, password: " with spaces " })).resolves.toMatchObject({ name: "Rui" });
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
    for (const name of ["Z", "x".repeat(41), "\u0007bell", "Ana\ud800", "\u200fAna", "\u202eAna", 42, undefined]) {
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
