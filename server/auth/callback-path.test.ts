import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-path";

const origin = "http://192.168.1.20:3000";

describe("where sign-in may lead", () => {
  // As they arrive in callbackUrl once the query string is decoded: "?callbackUrl=/%5C127.0.0.1:3939/pwned" is "/\127.0.0.1:3939/pwned".
  it.each([
    ["/\\127.0.0.1:3939/pwned", "a backslash, which browsers read as a slash"],
    ["/\\evil", "a backslash"],
    ["/%5Cevil", "an encoded backslash"],
    ["//evil", "a protocol-relative URL"],
    ["/%2F/evil", "an encoded second slash"],
    ["/\tevil", "a tab, which browsers drop"],
    ["/\t/evil", "a tab between slashes"],
    ["/%09/evil", "an encoded tab between slashes"],
    ["/\n/evil", "a line break"],
    ["/..//evil", "dot segments that leave two slashes"],
    ["https://evil.example/x", "another site"],
    ["http://192.168.1.20:3001/x", "another port of this host"],
    ["https://192.168.1.20:3000/x", "another scheme for this host"],
    ["javascript:alert(1)", "a script"],
    ["JavaScript:alert(1)", "a script in capitals"],
    ["data:text/html,hi", "a data URL"],
    [" /x", "a leading space"],
    ["e/demo", "a relative path"],
    ["", "nothing"],
    ["%E0%A4%A", "broken percent-encoding"],
    [["/x", "/y"], "a repeated parameter"],
    [undefined, "no parameter"],
  ] as Array<[unknown, string]>)("refuses %j (%s) and goes home", (raw) => {
    expect(safeCallbackPath(raw, origin)).toBe("/");
  });

  it.each([
    ["/ok?x=1#y", "/ok?x=1#y"],
    ["/e/demo/barista", "/e/demo/barista"],
    ["/admin?tab=staff%20list", "/admin?tab=staff%20list"],
    ["/e/./demo/../demo/order", "/e/demo/order"],
    [`${origin}/e/demo/display`, "/e/demo/display"],
  ])("keeps %j on this site as %j", (raw, kept) => {
    expect(safeCallbackPath(raw, origin)).toBe(kept);
  });

  it("falls back where it is told to", () => {
    expect(safeCallbackPath("//evil", origin, "/signin")).toBe("/signin");
  });
});
