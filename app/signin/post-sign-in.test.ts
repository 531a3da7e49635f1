import { afterEach, describe, expect, it, vi } from "vitest";
import { outcomeProblem, postSignIn } from "./post-sign-in";

vi.mock("../auth-requests", () => ({ csrfToken: async () => "csrf-token" }));

const origin = "http://192.168.1.20:3000";
const answers: Array<Response | Error> = [];
const sent: Array<{ url: string; body: URLSearchParams }> = [];
vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
  sent.push({ url, body: new URLSearchParams(init.body as URLSearchParams) });
  const answer = answers.shift()!;
  if (answer instanceof Error) throw answer;
  return answer;
});
afterEach(() => {
  answers.length = 0;
  sent.length = 0;
});

const staff = { email: "rita@booth.test", password: "guess" };

describe("the sign-in form's request", () => {
  it("says in whole minutes how long to wait when the server answers 429 with Retry-After", async () => {
    answers.push(Response.json({ message: "Too many attempts." }, { status: 429, headers: { "Retry-After": "840" } }));
    const outcome = await postSignIn("staff", staff, "/e/demo/barista", origin);
    expect(outcome).toEqual({ kind: "paused", retryAfterSeconds: 840 });
    expect(outcomeProblem(outcome as Exclude<typeof outcome, { kind: "signed-in" }>)).toEqual({ code: "too-many-attempts", values: { minutes: 14 } });
  });

  it("tells a wrong password from a sign-in, and sends the checked path as the place to return to", async () => {
    answers.push(Response.json({ url: `${origin}/signin?error=CredentialsSignin&provider=staff` }, { status: 401 }));
    await expect(postSignIn("staff", staff, "/e/demo/barista", origin)).resolves.toEqual({ kind: "refused" });
    answers.push(Response.json({ url: `${origin}/e/demo/barista` }));
    await expect(postSignIn("staff", staff, "/e/demo/barista", origin)).resolves.toEqual({ kind: "signed-in" });
    expect(sent.at(-1)).toMatchObject({ url: "/api/auth/callback/staff" });
    expect(Object.fromEntries(sent.at(-1)!.body)).toEqual({ ...staff, csrfToken: "csrf-token", callbackUrl: "/e/demo/barista", json: "true" });
  });

  it("asks once more after next-auth's CSRF mix-up", async () => {
    answers.push(Response.json({ url: `${origin}/signin?csrf=true` }), Response.json({ url: `${origin}/` }));
    await expect(postSignIn("guest", { name: "Ana" }, "/", origin)).resolves.toEqual({ kind: "signed-in" });
    expect(sent).toHaveLength(2);
  });

  it("says so when the server cannot be reached", async () => {
    answers.push(new TypeError("Failed to fetch"));
    const outcome = await postSignIn("guest", { name: "Ana" }, "/", origin);
    expect(outcome).toEqual({ kind: "unreachable" });
    expect(outcomeProblem({ kind: "unreachable" })).toBe("unreachable");
  });
});
