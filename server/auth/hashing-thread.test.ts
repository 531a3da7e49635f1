import { randomBytes, scryptSync } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { deriveOnHashingThread } from "./hashing-thread";

const params = { N: 2 ** 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

/** The nice value of each thread of this process (field 19 of /proc/self/task/<tid>/stat). */
function threadNiceValues(): number[] {
  return readdirSync("/proc/self/task").map((tid) => {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);
  });
}

describe("the password hashing thread", () => {
  it("derives the same key as scrypt itself", async () => {
    const salt = randomBytes(16);
    const key = await deriveOnHashingThread({ password: "correct horse", salt, keyBytes: 32, params });
    expect(key.equals(scryptSync("correct horse", salt, 32, params))).toBe(true);
  });

  it("says when scrypt refuses the settings, and keeps working after", async () => {
    const salt = randomBytes(16);
    await expect(deriveOnHashingThread({ password: "x", salt, keyBytes: 32, params: { ...params, maxmem: 1024 } })).rejects.toThrow(/memory/i);
    expect((await deriveOnHashingThread({ password: "x", salt, keyBytes: 32, params })).length).toBe(32);
  });

  it.runIf(process.platform === "linux")("runs at the lowest priority, and the request thread keeps its own", async () => {
    await deriveOnHashingThread({ password: "warm up", salt: randomBytes(16), keyBytes: 32, params });
    const nice = threadNiceValues();
    expect(nice).toContain(19);
    expect(Number(readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8").split(") ")[1]!.split(" ")[16])).toBeLessThan(19);
  });
});
