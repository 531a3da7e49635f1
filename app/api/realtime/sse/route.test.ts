import { afterEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/server/auth/actor";
import { streamLimits } from "@/server/realtime/sse-stream";
import { GET } from "./route";

/**
 * The live-push route called as Next.js calls it, with the caller and what they may see stood in for (the session
 * and server/auth's reading of it are tested on their own): how many streams one caller may hold, and that closing
 * one frees its slot.
 */

const access = vi.hoisted(() => ({ actor: { kind: "anonymous" } as Actor }));
vi.mock("@/server/auth/realtime-access", () => ({
  // Every guest owns order o-1; every staff member is a barista of event e-1.
  getRealtimeAccess: async () => ({
    actor: access.actor,
    scope: { ownedOrderIds: ["o-1"], orderedAtEventIds: ["e-1"], staffEvents: [{ eventId: "e-1", role: "BARISTA" }] },
  }),
}));

const open: AbortController[] = [];

afterEach(() => {
  for (const browser of open.splice(0)) browser.abort();
});

/** Opens a stream as a browser at `address` would; the browser goes away at the end of the test. */
async function connect(address = "10.0.0.5", channel = "order:o-1") {
  const browser = new AbortController();
  open.push(browser);
  const response = await GET(
    new Request(`http://booth.local/api/realtime/sse?channel=${channel}`, { signal: browser.signal, headers: { "x-forwarded-for": address } }),
  );
  return { response, leave: () => browser.abort() };
}

const as = (actor: Actor) => {
  access.actor = actor;
};

describe("GET /api/realtime/sse: streams per caller", () => {
  it(`a guest holds at most ${streamLimits.perGuest} streams; the next is 429 with Retry-After until one closes`, async () => {
    as({ kind: "guest", userId: "guest-ana", name: "Ana" });
    const streams = [];
    for (let i = 0; i < streamLimits.perGuest; i++) streams.push(await connect());
    expect(streams.map((s) => s.response.status)).toEqual(Array(streamLimits.perGuest).fill(200));

    const refused = (await connect()).response;
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("10");
    expect(await refused.json()).toEqual({ error: expect.stringContaining("Too many live connections") });

    streams[0]!.leave();
    expect((await connect()).response.status).toBe(200);
    expect((await connect()).response.status).toBe(429);
  });

  it("a stream the browser stops reading frees its slot too", async () => {
    as({ kind: "guest", userId: "guest-bea", name: "Bea" });
    const streams = [];
    for (let i = 0; i < streamLimits.perGuest; i++) streams.push(await connect());
    await streams[0]!.response.body!.cancel();
    expect((await connect()).response.status).toBe(200);
    expect((await connect()).response.status).toBe(429);
  });

  it("new guest accounts from one address meet the limit per address; another address is unaffected", async () => {
    for (let i = 0; i < streamLimits.perGuestAddress; i++) {
      as({ kind: "guest", userId: `guest-${i}`, name: "Gus" });
      expect((await connect("10.0.0.9")).response.status).toBe(200);
    }
    as({ kind: "guest", userId: "guest-fresh", name: "Gus" });
    expect((await connect("10.0.0.9")).response.status).toBe(429);
    expect((await connect("10.0.0.10")).response.status).toBe(200);
  });

  it(`a staff account, shared by a booth's tablets and screen, holds up to ${streamLimits.perStaff}`, async () => {
    as({ kind: "staff", userId: "barista-1", name: "Bruno", isOrganiser: false });
    for (let i = 0; i < streamLimits.perStaff; i++) expect((await connect(`10.0.1.${i}`, "event:e-1:board")).response.status).toBe(200);
    expect((await connect("10.0.1.99", "event:e-1:board")).response.status).toBe(429);
  });

  it("a refused request takes no slot", async () => {
    as({ kind: "guest", userId: "guest-cai", name: "Cai" });
    for (let i = 0; i < streamLimits.perGuest; i++) expect((await connect("10.0.0.5", "event:e-2:board")).response.status).toBe(403);
    for (let i = 0; i < streamLimits.perGuest; i++) expect((await connect()).response.status).toBe(200);
    expect((await connect()).response.status).toBe(429);
  });

  it("every slot is free again once every browser left", async () => {
    as({ kind: "guest", userId: "guest-dan", name: "Dan" });
    for (let i = 0; i < streamLimits.perGuest; i++) await connect();
    for (const browser of open.splice(0)) browser.abort();
    for (let i = 0; i < streamLimits.perGuest; i++) expect((await connect()).response.status).toBe(200);
    expect((await connect()).response.status).toBe(429);
  });
});
