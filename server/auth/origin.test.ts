import NextAuth from "next-auth";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseConfig } from "../config";
import type { Database } from "../db/connect";
import { provideRuntimeForTests } from "../boot/runtime";
import { createTestDb } from "../testing/test-db";
import { authOptions } from "./options";
import { settleAuthOrigin } from "./origin";

/**
 * next-auth itself, driven through its plain request/response entry (the route handler's needs a running
 * Next.js): what URLs does it answer a phone with, when that phone opened the laptop at its network address?
 */

type Answer = { status: number; headers: Record<string, string | string[]>; body: unknown };

async function nextAuth(action: string[], init: { method?: string; host: string; body?: Record<string, string>; cookies?: Record<string, string> }) {
  const answer: Answer = { status: 200, headers: {}, body: undefined };
  const res = {
    status(code: number) {
      answer.status = code;
      return res;
    },
    setHeader(name: string, value: string | string[]) {
      answer.headers[name.toLowerCase()] = value;
      return res;
    },
    getHeader: (name: string) => answer.headers[name.toLowerCase()],
    json(body: unknown) {
      answer.body = body;
    },
    send(body: unknown) {
      answer.body = body;
    },
    end() {},
  };
  // What Next.js hands on for a phone's plain-HTTP request (it fills X-Forwarded-* from Host and the socket).
  const headers = { host: init.host, "x-forwarded-host": init.host, "x-forwarded-proto": "http", "x-forwarded-for": "192.168.1.77" };
  const req = { method: init.method ?? "GET", query: { nextauth: action }, headers, cookies: init.cookies ?? {}, body: init.body };
  await (NextAuth as unknown as (req: unknown, res: unknown, options: unknown) => Promise<void>)(req, res, authOptions);
  return answer;
}

const cookiesOf = (answer: Answer) =>
  Object.fromEntries(
    ([] as string[]).concat(answer.headers["set-cookie"] ?? []).map((line) => {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      return [pair!.slice(0, at), decodeURIComponent(pair!.slice(at + 1))];
    }),
  );

const env = process.env as Record<string, string | undefined>;
const touched = ["NEXTAUTH_URL", "AUTH_TRUST_HOST", "VERCEL", "NEXTAUTH_SECRET"];
const saved = Object.fromEntries(touched.map((name) => [name, env[name]]));
let database: Database;
beforeAll(async () => {
  database = await createTestDb();
  provideRuntimeForTests({ config: parseConfig({}), database });
});
beforeEach(() => {
  for (const name of ["NEXTAUTH_URL", "AUTH_TRUST_HOST", "VERCEL"]) delete env[name];
  env.NEXTAUTH_SECRET = "s".repeat(64);
});
afterAll(async () => {
  for (const name of touched) {
    if (saved[name] === undefined) delete env[name];
    else env[name] = saved[name];
  }
  await database?.close();
});

describe("on a booth laptop (embedded mode, no NEXTAUTH_URL)", () => {
  it("next-auth answers a phone with the address the phone used, not localhost", async () => {
    settleAuthOrigin(parseConfig({}));
    const answer = await nextAuth(["providers"], { host: "192.168.1.20:3000" });
    expect(answer.body).toMatchObject({ guest: { signinUrl: "http://192.168.1.20:3000/api/auth/signin/guest" } });
    // Another phone, another address: each request is answered at its own.
    const other = await nextAuth(["providers"], { host: "presso.local:3000" });
    expect(other.body).toMatchObject({ guest: { signinUrl: "http://presso.local:3000/api/auth/signin/guest" } });
  });

  it("a guest who signs in is sent to a path on that address, and a crafted callbackUrl leads home there", async () => {
    settleAuthOrigin(parseConfig({}));
    const host = "192.168.1.20:3000";
    const csrf = await nextAuth(["csrf"], { host });
    const { csrfToken } = csrf.body as { csrfToken: string };
    const cookies = cookiesOf(csrf);

    const signIn = (callbackUrl: string) =>
      nextAuth(["callback", "guest"], { method: "POST", host, cookies, body: { name: "Ana", csrfToken, callbackUrl, json: "true" } });
    await expect(signIn("/\\127.0.0.1:3939/pwned")).resolves.toMatchObject({ body: { url: "http://192.168.1.20:3000/" } });
    await expect(signIn("https://evil.example/")).resolves.toMatchObject({ body: { url: "http://192.168.1.20:3000/" } });
    const kept = await signIn("/e/demo/order?code=abc");
    expect(kept.body).toEqual({ url: "http://192.168.1.20:3000/e/demo/order?code=abc" });
    expect(Object.keys(cookiesOf(kept))).toContain("next-auth.session-token"); // plain HTTP: not a __Secure- cookie
  });
});

describe("where NEXTAUTH_URL names the address", () => {
  it("it is kept, whatever Host a request claims", async () => {
    env.NEXTAUTH_URL = "https://coffee.example.com";
    settleAuthOrigin(parseConfig({}));
    expect(env.AUTH_TRUST_HOST).toBeUndefined();
    const answer = await nextAuth(["providers"], { host: "forged.example" });
    expect(answer.body).toMatchObject({ guest: { signinUrl: "https://coffee.example.com/api/auth/signin/guest" } });
  });

  it("a managed deployment is left to NEXTAUTH_URL even when it is missing", () => {
    const env: Record<string, string | undefined> = {};
    settleAuthOrigin(parseConfig({ DATABASE_URL: "postgres://db.example/presso" }), env);
    expect(env.AUTH_TRUST_HOST).toBeUndefined();
  });
});
