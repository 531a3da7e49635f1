import { createRequire } from "node:module";
import path from "node:path";
import { decode } from "next-auth/jwt";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "../db/connect";
import { createTestDb, fingerprint } from "../testing/test-db";
import { authOrigin, sessionCookieFor, startGuestSession } from "./guest-session";
import { authOptions } from "./options";
import { signInLimits } from "./sign-in-limits";

// next-auth's own rules, read from its files (its package does not export them) only to prove the copy agrees.
const nextAuthFile = (file: string) => createRequire(import.meta.url)(path.join(process.cwd(), "node_modules/next-auth", file));
const { defaultCookies } = nextAuthFile("core/lib/cookie.js") as {
  defaultCookies(secure: boolean): { sessionToken: { name: string; options: Record<string, unknown> } };
};
const { detectOrigin } = nextAuthFile("utils/detect-origin.js") as { detectOrigin(host?: string, protocol?: string): string | undefined };

let database: Database;
beforeAll(async () => {
  database = await createTestDb();
});
afterAll(async () => database?.close());
afterEach(() => vi.unstubAllEnvs());

const secret = "a-test-secret-of-enough-length-0123456789";
let client = 0;
/** A phone of its own (its own address), so the per-address limit of one test does not reach the next. */
const phone = (extra: Record<string, string> = {}) => ({ host: "192.168.1.20:3000", "x-forwarded-for": `10.0.0.${++client}`, ...extra });

describe("a guest's session made inside another request", () => {
  it("is next-auth's own cookie: its name and flags, and a token that decodes to the guest", async () => {
    vi.stubEnv("NEXTAUTH_URL", "");
    vi.stubEnv("AUTH_TRUST_HOST", "true");
    const outcome = await startGuestSession(database.prisma, { name: "  Ana  ", headers: phone({ "x-forwarded-proto": "http" }), secret });
    if (outcome.kind !== "signed-in") throw new Error(`not signed in: ${outcome.kind}`);
    const theirs = defaultCookies(false).sessionToken;
    expect(outcome.cookie.name).toBe(theirs.name);
    expect(outcome.cookie.options).toEqual({ ...theirs.options, maxAge: authOptions.session!.maxAge });
    const token = await decode({ token: outcome.cookie.value, secret });
    expect(token).toMatchObject({ sub: outcome.user.id, name: "Ana", kind: "GUEST" });
    // The session callback reads exactly these.
    const session = await authOptions.callbacks!.session!({ session: { expires: "" } as never, token: token!, user: undefined as never, newSession: undefined, trigger: "update" });
    expect(session.user).toEqual({ id: outcome.user.id, name: "Ana", kind: "GUEST" });
  });

  it("takes the secure name over https, as next-auth does for the same request", async () => {
    const cases: [Record<string, string>, Record<string, string>][] = [
      [{ NEXTAUTH_URL: "https://booth.example.org" }, {}],
      [{ NEXTAUTH_URL: "http://192.168.1.20:3000" }, {}],
      [{ NEXTAUTH_URL: "", AUTH_TRUST_HOST: "true" }, { "x-forwarded-proto": "https" }],
      [{ NEXTAUTH_URL: "", AUTH_TRUST_HOST: "true" }, { "x-forwarded-proto": "http" }],
      [{ NEXTAUTH_URL: "", AUTH_TRUST_HOST: "true" }, { "x-forwarded-host": "presso.example.org" }],
    ];
    for (const [env, headers] of cases) {
      for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
      const request = phone(headers);
      const theirs = detectOrigin(request["x-forwarded-host" as keyof typeof request] ?? request.host, request["x-forwarded-proto" as keyof typeof request]);
      expect(authOrigin(request)).toBe(theirs);
      expect(sessionCookieFor(authOrigin(request)).name).toBe(defaultCookies(theirs!.startsWith("https://")).sessionToken.name);
      vi.unstubAllEnvs();
    }
  });

  it("refuses a name the guest sign-in refuses, and writes nothing", async () => {
    const before = await fingerprint(database);
    await expect(startGuestSession(database.prisma, { name: "A", headers: phone(), secret })).resolves.toEqual({ kind: "refused" });
    await expect(startGuestSession(database.prisma, { name: { toString: () => "Ana" }, headers: phone(), secret })).resolves.toEqual({ kind: "refused" });
    expect(await fingerprint(database)).toBe(before);
  });

  it("shares the guest sign-in's limit per address: past it, the phone is told how long to wait and no guest is made", async () => {
    const headers = phone();
    for (let attempt = 0; attempt < signInLimits.guestPerClient.points; attempt++) {
      await startGuestSession(database.prisma, { name: "Bea", headers, secret });
    }
    const before = await fingerprint(database);
    const refused = await startGuestSession(database.prisma, { name: "Bea", headers, secret });
    expect(refused).toMatchObject({ kind: "paused" });
    expect((refused as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
    expect(await fingerprint(database)).toBe(before);
  });
});
