import { afterEach, describe, expect, it, vi } from "vitest";
import { csrfToken, signOutHere } from "./auth-requests";

const sent: Array<{ url: string; method: string; body: Record<string, string> }> = [];
const answers: Response[] = [];
vi.stubGlobal("fetch", async (url: string, init: RequestInit = {}) => {
  sent.push({ url, method: init.method ?? "GET", body: Object.fromEntries(new URLSearchParams((init.body as URLSearchParams | undefined) ?? "")) });
  return answers.shift()!;
});
afterEach(() => {
  sent.length = 0;
  answers.length = 0;
});

describe("next-auth's endpoints, called directly", () => {
  it("signs out with a fresh CSRF token, asking for no redirect", async () => {
    answers.push(Response.json({ csrfToken: "token-1" }), Response.json({ url: "http://localhost:3000/" }));
    await signOutHere();
    expect(sent).toEqual([
      { url: "/api/auth/csrf", method: "GET", body: {} },
      { url: "/api/auth/signout", method: "POST", body: { csrfToken: "token-1", json: "true" } },
    ]);
  });

  it("fails loudly when the server refuses, so the screen does not pretend the person is out", async () => {
    answers.push(Response.json({ csrfToken: "token-1" }), new Response("no", { status: 500 }));
    await expect(signOutHere()).rejects.toThrow("Signing out failed (500)");
  });

  it("reads no token from an answer that has none", async () => {
    answers.push(new Response("<html>", { status: 502 }));
    await expect(csrfToken()).resolves.toBe("");
  });
});
