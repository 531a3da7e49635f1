import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "../db/connect";
import { createTestDb } from "../testing/test-db";
import { createStaffAccount } from "./accounts";
import { spendPasswordCheck, verifyPassword } from "./passwords";
import { withSignInLimits } from "./sign-in-guard";
import { authorizeGuest, authorizeStaff } from "./sign-in";
import { signInLimits } from "./sign-in-limits";

// Counted, not replaced: every password check still really happens.
vi.mock("./passwords", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./passwords")>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword), spendPasswordCheck: vi.fn(actual.spendPasswordCheck) };
});
const passwordChecks = () => vi.mocked(verifyPassword).mock.calls.length + vi.mocked(spendPasswordCheck).mock.calls.length;

let database: Database;
beforeAll(async () => {
  database = await createTestDb();
});
afterAll(async () => database?.close());

/**
 * next-auth as far as these limits care: it reads the form, calls the provider's authorize (the app's own,
 * against the test database) and answers 200 or 401. `seen` keeps the bodies it was given.
 */
const seen: string[] = [];
const nextAuth = async (request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) => {
  const [, provider] = (await context.params).nextauth;
  const text = await request.text();
  seen.push(text);
  const credentials = Object.fromEntries(new URLSearchParams(text));
  const headers = Object.fromEntries(request.headers);
  const user = provider === "staff" ? await authorizeStaff(database.prisma, credentials, headers) : await authorizeGuest(database.prisma, credentials);
  return Response.json({ url: user ? "http://booth.test/" : "http://booth.test/signin?error=CredentialsSignin" }, { status: user ? 200 : 401 });
};
const route = withSignInLimits(nextAuth);

let addressCounter = 0;
/** A client of its own per test unless one is named: the limits are the process's and tests share it. */
const newClient = () => `10.1.${Math.floor(++addressCounter / 250)}.${addressCounter % 250}`;

function post(provider: "staff" | "guest", fields: Record<string, string>, client: string) {
  const request = new NextRequest(`http://booth.test/api/auth/callback/${provider}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": client },
    body: new URLSearchParams({ csrfToken: "token", json: "true", ...fields }).toString(),
  });
  return route(request, { params: Promise.resolve({ nextauth: ["callback", provider] }) });
}

const staff = (password: string, client: string, email: string) => post("staff", { email, password }, client);

/** A staff account of the test's own (password: "<name>-password"), so no test inherits another's failures. */
async function newAccount(name: string) {
  const email = `${name}@booth.test`;
  await createStaffAccount(database.prisma, { email, name, password: `${name}-password` });
  return email;
}

describe("staff sign-in attempts", () => {
  it("after five wrong passwords for an account, the sixth is answered 429 with Retry-After and the password is not checked", async () => {
    const rita = await newAccount("rita");
    const client = newClient();
    for (let i = 0; i < signInLimits.staffPerAccount.points; i++) expect((await staff(`guess ${i}`, client, rita)).status).toBe(401);
    const checksBefore = passwordChecks();

    const refused = await staff("rita-password", client, rita); // even the right one: the account is paused
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    await expect(refused.json()).resolves.toMatchObject({ message: `Too many attempts. Try again in ${Math.ceil(retryAfter / 60)} minutes.` });
    expect(passwordChecks()).toBe(checksBefore);
  });

  it("count for the account from every client, so a guesser cannot spread over addresses", async () => {
    await newAccount("sam");
    for (let i = 0; i < 5; i++) expect((await staff(`guess ${i}`, newClient(), "sam@booth.test")).status).toBe(401);
    expect((await staff("another guess", newClient(), "SAM@booth.test ")).status).toBe(429);
  });

  it("are forgotten for the account once its owner signs in", async () => {
    await newAccount("tia");
    const client = newClient();
    for (let i = 0; i < 4; i++) await staff(`typo ${i}`, client, "tia@booth.test");
    expect((await staff("tia-password", client, "tia@booth.test")).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await staff(`typo again ${i}`, client, "tia@booth.test")).status).toBe(401);
    expect((await staff("tia-password", client, "tia@booth.test")).status).toBe(429);
  });

  it("from one client over many e-mails stop after 20 failures, made-up e-mails included", async () => {
    const wes = await newAccount("wes");
    const client = newClient();
    for (let i = 0; i < signInLimits.staffPerClient.points; i++) expect((await staff("guess", client, `nobody${i}@booth.test`)).status).toBe(401);
    const checksBefore = passwordChecks();
    expect((await staff("wes-password", client, wes)).status).toBe(429);
    expect(passwordChecks()).toBe(checksBefore);
    expect((await staff("wes-password", newClient(), wes)).status).toBe(200); // another device is not held up
  });

  it("sent all at once cannot slip past the limit together", async () => {
    await newAccount("uma");
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => staff(`burst ${i}`, newClient(), "uma@booth.test")));
    expect(answers.filter((answer) => answer.status === 401)).toHaveLength(5);
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(7);
  });

  it("sent as JSON count against the account just the same", async () => {
    await newAccount("vic");
    const json = (password: string) =>
      route(
        new NextRequest("http://booth.test/api/auth/callback/staff", {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": newClient() },
          body: JSON.stringify({ email: "vic@booth.test", password }),
        }),
        { params: Promise.resolve({ nextauth: ["callback", "staff"] }) },
      );
    for (let i = 0; i < 5; i++) await json(`guess ${i}`);
    expect((await json("vic-password")).status).toBe(429);
  });

  it("reach next-auth with the very body the client sent", async () => {
    const xia = await newAccount("xia");
    const answer = await staff("xia-password", newClient(), xia);
    expect(answer.status).toBe(200);
    expect(new URLSearchParams(seen.at(-1))).toEqual(new URLSearchParams({ csrfToken: "token", json: "true", email: xia, password: "xia-password" }));
  });
});

describe("guest sign-ins", () => {
  it("from one address are held to 60 a minute, with Retry-After; other phones carry on", async () => {
    const client = newClient();
    const before = await database.prisma.user.count({ where: { kind: "GUEST" } });
    for (let i = 0; i < signInLimits.guestPerClient.points; i++) expect((await post("guest", { name: `Guest ${i}` }, client)).status).toBe(200);
    const refused = await post("guest", { name: "One Too Many" }, client);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(Number(refused.headers.get("Retry-After"))).toBeLessThanOrEqual(60);
    await expect(refused.json()).resolves.toMatchObject({ message: "Too many attempts. Try again in 1 minute." });
    expect(await database.prisma.user.count({ where: { kind: "GUEST" } })).toBe(before + 60);
    expect((await post("guest", { name: "Next Phone" }, newClient())).status).toBe(200);
  });
});

describe("other next-auth requests", () => {
  it("pass untouched and take nothing from the limits", async () => {
    const inner = vi.fn(async () => new Response("ok"));
    const guarded = withSignInLimits(inner);
    const request = new NextRequest("http://booth.test/api/auth/csrf");
    await guarded(request, { params: Promise.resolve({ nextauth: ["csrf"] }) });
    expect(inner).toHaveBeenCalledWith(request, expect.anything());
  });
});
