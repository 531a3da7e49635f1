import { describe, expect, it } from "vitest";
import { z } from "zod";
import { isPrintable, text } from "./text";

const messagesOf = (result: z.ZodSafeParseResult<unknown>) => (result.success ? [] : result.error.issues.map((issue) => issue.message));

describe("text", () => {
  const reason = text({ min: 3, max: 20, tooShort: "say why in a few words" });
  const description = text({ max: 40, multiline: true });

  it("keeps what a person types in any script, trimmed and in one Unicode form", () => {
    expect(reason.parse("  Out of oat milk  ")).toBe("Out of oat milk");
    expect(reason.parse("Café au lait")).toBe("Café au lait");
    expect(reason.parse("Cafe\u0301 ok")).toBe("Café ok"); // e + combining acute becomes é
    expect(reason.parse("山田さんの分")).toBe("山田さんの分");
    expect(reason.parse("Milk 🥛 gone")).toBe("Milk 🥛 gone");
  });

  it("refuses a NUL, any other control character and the line and direction controls, with a plain message", () => {
    for (const bad of ["ab\u0000cd", "ab\u0001cd", "tab\there", "two\nlines", "del\u007fete", "c1\u0085x", "line\u2028sep", "\u202eevil", "iso\u2066late"]) {
      expect(messagesOf(reason.safeParse(bad)), JSON.stringify(bad)).toEqual(["cannot contain control characters"]);
    }
  });

  it("refuses an unpaired surrogate, which the database would store as a replacement character", () => {
    for (const bad of ["ab\ud800cd", "ab\udc00cd", "end\ud83d"]) {
      expect(messagesOf(reason.safeParse(bad)), JSON.stringify(bad)).toEqual(["contains a broken character"]);
    }
  });

  it("keeps newlines and tabs where text may have several lines, and nothing else of the controls", () => {
    expect(description.parse("First line\r\n\tSecond line\n")).toBe("First line\n\tSecond line");
    expect(messagesOf(description.safeParse("a\u0000b"))).toEqual(["cannot contain control characters"]);
    expect(messagesOf(description.safeParse("a\u000bb"))).toEqual(["cannot contain control characters"]);
  });

  it("bounds the length once trimmed, with the caller's message for too short", () => {
    expect(messagesOf(reason.safeParse("  no  "))).toEqual(["say why in a few words"]);
    expect(messagesOf(reason.safeParse("x".repeat(21)))).toEqual(["use at most 20 characters"]);
    expect(reason.parse(`   ${"x".repeat(20)}   `)).toBe("x".repeat(20));
    expect(messagesOf(text({ max: 5 }).safeParse("   "))).toEqual(["cannot be blank"]);
  });

  it("refuses what is not a string", () => {
    for (const bad of [42, null, undefined, ["a"], { a: 1 }, 10n]) expect(reason.safeParse(bad).success, String(bad)).toBe(false);
  });

  it("isPrintable says the same for text that is not trimmed (a password)", () => {
    expect(isPrintable(" pass word ")).toBe(true);
    expect(isPrintable("pass\u0000word")).toBe(false);
    expect(isPrintable("pass\ud800word")).toBe(false);
    expect(isPrintable("two\nlines")).toBe(false);
    expect(isPrintable("two\nlines", { multiline: true })).toBe(true);
  });
});
