import type { NextConfig } from "next";
import { unstable_getResponseFromNextConfig } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { maxBodyBytes } from "../trpc/http-handler";

// next.config.mjs is plain JavaScript, without types: load it by URL so tsc does not look for a declaration.
const { default: nextConfig } = (await import(/* @vite-ignore */ new URL("../../next.config.mjs", import.meta.url).href)) as { default: NextConfig };

async function headersOf(path: string): Promise<Headers> {
  return (await unstable_getResponseFromNextConfig({ url: `http://localhost:3000${path}`, nextConfig })).headers;
}

describe("the headers of every response (next.config.mjs)", () => {
  it.each(["/", "/e/demo/order?code=x", "/api/health", "/_next/static/chunks/app.js"])("%s is neither sniffed, framed nor given camera or microphone", async (path) => {
    const headers = await headersOf(path);
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("x-frame-options")).toBe("DENY");
    expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    const permissions = headers.get("permissions-policy") ?? "";
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) expect(permissions).toContain(`${feature}=()`);
  });

  it("gives route handlers a policy that runs and loads nothing, and leaves pages to the proxy", async () => {
    expect((await headersOf("/api/events/catalog")).get("content-security-policy")).toMatch(/^default-src 'none';.*frame-ancestors 'none'/);
    expect((await headersOf("/admin")).get("content-security-policy")).toBeNull();
  });

  it("never sends HSTS from the configuration, which cannot tell an embedded booth from a managed deployment", async () => {
    expect((await headersOf("/")).get("strict-transport-security")).toBeNull();
  });
});

describe("request bodies (next.config.mjs)", () => {
  it("hold server actions to the size tRPC accepts, not Next.js's 1 MB", () => {
    const limit = nextConfig.experimental?.serverActions?.bodySizeLimit;
    expect(limit).toMatch(/^\d+kb$/);
    expect(Number.parseInt(String(limit), 10) * 1024).toBe(maxBodyBytes);
  });
});
