import { describe, expect, it } from "vitest";
import { id } from "./id";

describe("id", () => {
  it("accepts the ids the app makes: cuids, UUIDs and readable seed ids", () => {
    for (const good of ["cmb7x2k0q0000a8z1b2c3d4e5", "3f2b8c1e-9a7d-4e6f-8b5a-1c2d3e4f5a6b", "latte", "run_1"]) {
      expect(id.parse(good)).toBe(good);
    }
  });

  it("refuses a NUL, spaces, quotes, slashes and anything past 64 characters", () => {
    for (const bad of ["ab\u0000cd", "", " abc", "a'b", "a/b", "a.b", "é", "x".repeat(65), "ab\ud800"]) {
      expect(id.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
