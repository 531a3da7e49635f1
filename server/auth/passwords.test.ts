import bcrypt from "bcryptjs";
import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { currentScrypt, hashPassword, needsRehash, productionScrypt, spendPasswordCheck, verifyPassword } from "./passwords";

describe("staff password hashes", () => {
  it("are scrypt hashes that name their settings, match the password and nothing else", async () => {
    const hash = await hashPassword("correct horse");
    expect(hash).toMatch(new RegExp(`^scrypt\\$${currentScrypt.N}\\$${currentScrypt.r}\\$${currentScrypt.p}\\$[\\w-]{22}\\$[\\w-]{43}$`));
    expect(hash).not.toContain("correct horse");
    await expect(verifyPassword("correct horse", hash)).resolves.toBe(true);
    await expect(verifyPassword("correct hors", hash)).resolves.toBe(false);
    await expect(verifyPassword("Correct horse", hash)).resolves.toBe(false);
    expect(await hashPassword("correct horse")).not.toBe(hash); // salted: equal passwords do not show
  });

  it("are read with the settings written in them, so a hash made with production's settings still verifies", async () => {
    const hash = await hashPassword("strong coffee", productionScrypt);
    expect(hash.startsWith(`scrypt$${2 ** 15}$8$3$`)).toBe(true);
    await expect(verifyPassword("strong coffee", hash)).resolves.toBe(true);
    await expect(verifyPassword("weak coffee", hash)).resolves.toBe(false);
  });

  it("match a password typed with composed or decomposed accents alike", async () => {
    const hash = await hashPassword("caf\u00e9-au-lait");
    await expect(verifyPassword("cafe\u0301-au-lait", hash)).resolves.toBe(true);
  });

  it("from before (bcrypt) still verify, and are due to be made again; current ones are not", async () => {
    const legacy = bcrypt.hashSync("old password", 4);
    await expect(verifyPassword("old password", legacy)).resolves.toBe(true);
    await expect(verifyPassword("new password", legacy)).resolves.toBe(false);
    expect(needsRehash(legacy)).toBe(true);
    expect(needsRehash(await hashPassword("old password"))).toBe(false);
    expect(needsRehash(await hashPassword("old password", { N: 2 ** 3, r: 8, p: 1 }))).toBe(true);
  });

  it("that are damaged or made up never match, and never throw", async () => {
    const good = await hashPassword("pw");
    const damaged = [
      "",
      "pw",
      good.slice(0, -4),
      good.replace(/^scrypt\$\d+/, "scrypt$1000"), // N not a power of two
      good.replace(/^scrypt\$\d+/, `scrypt$${2 ** 24}`), // more memory than any setting would ask for
      "$2b$04$notreallyabcrypthashatallnotreallyabcrypthashatal",
    ];
    for (const hash of damaged) await expect(verifyPassword("pw", hash)).resolves.toBe(false);
  });
});

describe("checking a password", () => {
  it("leaves the request thread free: the event loop keeps turning through five checks at once", async () => {
    // Production's cost, and a bcrypt cost-12 hash from before, as a booth laptop would see them.
    const current = await hashPassword("espresso", productionScrypt);
    const legacy = bcrypt.hashSync("espresso", 12);
    await verifyPassword("warm up", legacy); // the bcrypt thread's start is not what is measured

    let ticks = 0;
    const ticker = setInterval(() => ticks++, 5);
    const before = performance.eventLoopUtilization();
    const results = await Promise.all([
      verifyPassword("espresso", current),
      verifyPassword("wrong", current),
      verifyPassword("espresso", legacy),
      verifyPassword("wrong", legacy),
      spendPasswordCheck("nobody's password"),
    ]);
    const used = performance.eventLoopUtilization(before);
    clearInterval(ticker);

    expect(results).toEqual([true, false, true, false, false]);
    expect(ticks).toBeGreaterThanOrEqual(5);
    // Busy with JavaScript less than half of the time: the hashing happened elsewhere. On the thread it is ~100%.
    expect(used.utilization).toBeLessThan(0.5);
  });
});
