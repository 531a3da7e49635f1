import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "@/server/config";
import type { Database } from "@/server/db/connect";
import { provideRuntimeForTests } from "@/server/boot/runtime";
import { createTestDb } from "@/server/testing/test-db";
import { eventPaths } from "@/server/shared/event-paths";
import { testPng } from "@/server/testing/pictures";

const { GET } = await import("./route");

const png = testPng();
const digest = "a".repeat(64);
let database: Database;
beforeAll(async () => {
  database = await createTestDb();
  provideRuntimeForTests({ config: parseConfig({}), database });
  const event = await database.prisma.event.create({ data: { slug: "logo-route", name: "Logo", timeZone: "UTC", locale: "en", logoDigest: digest } });
  await database.prisma.eventLogo.create({ data: { eventId: event.id, contentType: "image/png", bytes: png } });
  await database.prisma.event.create({ data: { slug: "no-logo", name: "None", timeZone: "UTC", locale: "en" } });
});
afterAll(async () => database?.close());

const get = (path: string, headers: Record<string, string> = {}) => {
  const url = new URL(path, "http://booth.local");
  const slug = decodeURIComponent(url.pathname.split("/")[2]!);
  return GET(new Request(url, { headers }), { params: Promise.resolve({ slug }) });
};

describe("GET /e/{slug}/logo", () => {
  it("serves the logo at its version for good, as the picture it was checked to be", async () => {
    const response = await get(eventPaths("logo-route").logo(digest));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("image/png");
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(png);
  });

  it("keeps an old or missing version for a minute only, and answers a known one with 304", async () => {
    const stale = await get("/e/logo-route/logo?v=0123456789abcdef");
    expect(stale.headers.get("Cache-Control")).toBe("public, max-age=60");
    const again = await get("/e/logo-route/logo", { "If-None-Match": stale.headers.get("ETag")! });
    expect(again.status).toBe(304);
  });

  it("says plainly when an event has no logo, or there is no such event", async () => {
    for (const slug of ["no-logo", "nowhere"]) {
      const response = await get(`/e/${slug}/logo`);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe("This event has no logo.");
    }
  });
});
