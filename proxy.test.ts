import { NextRequest } from "next/server";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { afterEach, describe, expect, it, vi } from "vitest";

/** proxy.ts reads the configuration once per module: each test loads it afresh under its own environment. */
async function loadProxy(env: Record<string, string | undefined>) {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  vi.resetModules();
  return import("./proxy");
}

afterEach(() => {
  vi.unstubAllEnvs();
});

const embedded = { DATABASE_URL: undefined, ABLY_API_KEY: undefined, NODE_ENV: "production" };
const managed = {
  DATABASE_URL: "postgres://presso@db.example.com/presso",
  // Built at run time, so the tracked tree holds nothing the secret scan would rightly call a secret.
  NEXTAUTH_SECRET: "managed-".repeat(5),
  ABLY_API_KEY: undefined,
  NODE_ENV: "production",
};

describe("the proxy", () => {
  it("gives a page a policy with a fresh nonce, and hands the same policy and nonce to the render", async () => {
    const { proxy } = await loadProxy(embedded);
    const first = proxy(new NextRequest("http://192.168.1.20:3000/e/demo/order?code=abc"));
    const second = proxy(new NextRequest("http://192.168.1.20:3000/e/demo/order?code=abc"));

    const policy = first.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeDefined();
    expect(policy).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic';`);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(second.headers.get("content-security-policy")).not.toContain(nonce);
    // NextResponse.next({ request: { headers } }) passes request headers on as x-middleware-request-*.
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
  });

  it("hands the render the page's path, for the event's language, whatever the browser sent", async () => {
    const { proxy } = await loadProxy(embedded);
    const response = proxy(new NextRequest("http://192.168.1.20:3000/e/demo/barista?tab=1", { headers: { "x-presso-path": "/e/other/display" } }));
    expect(response.headers.get("x-middleware-request-x-presso-path")).toBe("/e/demo/barista");
  });

  it("sends no HSTS and no upgrade from an embedded booth on plain http", async () => {
    const { proxy } = await loadProxy(embedded);
    const response = proxy(new NextRequest("http://192.168.1.20:3000/"));
    expect(response.headers.get("strict-transport-security")).toBeNull();
    expect(response.headers.get("content-security-policy")).not.toContain("upgrade-insecure-requests");
    expect(response.headers.get("content-security-policy")).not.toContain("unsafe-eval");
  });

  it("sends HSTS and upgrades requests from a managed deployment on https", async () => {
    const { proxy } = await loadProxy(managed);
    const response = proxy(new NextRequest("https://presso.example.com/admin"));
    expect(response.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    expect(response.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });

  it("lets the browser reach Ably only when live push goes through Ably", async () => {
    const { proxy: local } = await loadProxy(managed);
    expect(local(new NextRequest("https://presso.example.com/")).headers.get("content-security-policy")).toContain("connect-src 'self';");
    const { proxy: ably } = await loadProxy({ ...managed, ABLY_API_KEY: "app.key:secret" });
    expect(ably(new NextRequest("https://presso.example.com/")).headers.get("content-security-policy")).toContain(
      "connect-src 'self' https://*.ably.net wss://*.ably.net https://*.ably-realtime.com wss://*.ably-realtime.com;",
    );
  });

  it("allows eval in development only", async () => {
    const { proxy } = await loadProxy({ ...embedded, NODE_ENV: "development" });
    expect(proxy(new NextRequest("http://localhost:3000/")).headers.get("content-security-policy")).toContain("'unsafe-eval'");
  });

  it("runs for pages, not for route handlers, built assets or prefetches", async () => {
    const { config } = await loadProxy(embedded);
    const matches = (url: string, headers = {}) => unstable_doesMiddlewareMatch({ config, url, headers });
    for (const page of ["/", "/signin", "/e/demo/order?code=x", "/e/demo/barista", "/e/demo/display", "/admin", "/admin/runs"]) {
      expect(matches(page), page).toBe(true);
    }
    for (const other of ["/api/health", "/api/realtime/sse", "/api/trpc/board.orders", "/_next/static/chunks/main.js", "/favicon.ico"]) {
      expect(matches(other), other).toBe(false);
    }
    expect(matches("/admin", { "next-router-prefetch": "1" })).toBe(false);
  });
});
