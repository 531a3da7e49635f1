import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createStaffAccount } from "@/server/auth/accounts";
import { spendPasswordCheck, verifyPassword } from "@/server/auth/passwords";
import { admitGuestAttempt, admitStaffAttempt, signInLimits } from "@/server/auth/sign-in-limits";
import { parseConfig } from "@/server/config";
import type { Database } from "@/server/db/connect";
import { provideRuntimeForTests } from "@/server/boot/runtime";
import { createTestDb } from "@/server/testing/test-db";

vi.mock("@/server/auth/passwords", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/server/auth/passwords")>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword), spendPasswordCheck: vi.fn(actual.spendPasswordCheck) };
});

const { POST } = await import("./route");

let database: Database;
beforeAll(async () => {
  database = await createTestDb();
  provideRuntimeForTests({ config: parseConfig({}), database });
  await createStaffAccount(database.prisma, { email: "bruno@booth.test", name: "Bruno", password: "bruno-password" });
});
afterAll(async () => database?.close());

// Outside a running Next.js, next-auth itself cannot answer (it reads next/headers); a refused attempt never reaches it.
function signIn(provider: "staff" | "guest", fields: Record<string, string>, client: string) {
  return POST(
    new NextRequest(`http://192.168.1.20:3000/api/auth/callback/${provider}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": client },
      body: new URLSearchParams({ ...fields, csrfToken: "token", callbackUrl: "/", json: "true" }).toString(),
    }),
    { params: Promise.resolve({ nextauth: ["callback", provider] }) },
  );
}

describe("POST /api/auth/callback/staff", () => {
  it("answers 429 with Retry-After and a plain message once an account has had its five failures, without checking the password", async () => {
    for (let i = 0; i < signInLimits.staffPerAccount.points; i++) await admitStaffAttempt({ email: "bruno@booth.test", client: `10.2.0.${i}` });

    const answer = await signIn("staff", { email: "Bruno@booth.test", password: "bruno-password" }, "10.2.0.99");
    expect(answer.status).toBe(429);
    expect(Number(answer.headers.get("Retry-After"))).toBeGreaterThan(14 * 60);
    expect(await answer.json()).toEqual({
      message: "Too many attempts. Try again in 15 minutes.",
      retryAfterSeconds: Number(answer.headers.get("Retry-After")),
      url: "http://192.168.1.20:3000/signin?error=TooManyAttempts",
    });
    expect(verifyPassword).not.toHaveBeenCalled();
    expect(spendPasswordCheck).not.toHaveBeenCalled();
  });
});

describe("POST /api/auth/callback/guest", () => {
  it("answers 429 with Retry-After once an address has made its guests for the minute, and makes no more", async () => {
    for (let i = 0; i < signInLimits.guestPerClient.points; i++) await admitGuestAttempt({ client: "10.3.0.1" });
    const before = await database.prisma.user.count();

    const answer = await signIn("guest", { name: "Zed" }, "10.3.0.1");
    expect(answer.status).toBe(429);
    expect(Number(answer.headers.get("Retry-After"))).toBeGreaterThan(0);
    await expect(answer.json()).resolves.toMatchObject({ message: "Too many attempts. Try again in 1 minute." });
    expect(await database.prisma.user.count()).toBe(before);
  });
});
