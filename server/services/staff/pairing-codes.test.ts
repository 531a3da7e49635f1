import { describe, expect, it } from "vitest";
import { setUpTestBooth } from "../../testing/orders-booth";
import { createPairingCode, formatPairingCode, normalisePairingCode, pairingCodeLifetimeMs, redeemPairingCode } from "./pairing-codes";

const booth = setUpTestBooth();

describe("pairing a device with an event", () => {
  it("makes a short code that reads well, and keeps only its hash", async () => {
    const { code, expiresAt } = await createPairingCode(booth.db, { slug: booth.event.slug, role: "DISPLAY", name: "Hall B screen", createdBy: "olivia" });
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    expect(formatPairingCode(code)).toBe(`${code.slice(0, 3)} ${code.slice(3)}`);
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(pairingCodeLifetimeMs - 5_000);
    const rows = await booth.db.pairingCode.findMany({ where: { eventId: booth.event.id } });
    expect(JSON.stringify(rows)).not.toContain(code);
  });

  it("reads what a person types: any case, spaces or dashes; refuses what cannot be a code", () => {
    expect(normalisePairingCode(" k7m-q2p ")).toBe("K7MQ2P");
    expect(normalisePairingCode("K7M Q2P")).toBe("K7MQ2P");
    for (const typed of ["K7MQ2", "K7MQ2PX", "K0MQ2P", "K7M;Q2"]) expect(normalisePairingCode(typed), typed).toBeNull();
  });

  it("used once, makes a staff member of the event in the chosen role and name; a second use is refused", async () => {
    const { code } = await createPairingCode(booth.db, { slug: booth.event.slug, role: "DISPLAY", name: "Hall B screen", createdBy: "olivia" });
    const paired = await redeemPairingCode(booth.db, { code: formatPairingCode(code).toLowerCase() });
    expect(paired).toMatchObject({ role: "DISPLAY", slug: booth.event.slug, user: { name: "Hall B screen", kind: "STAFF" } });
    expect(await booth.db.eventStaff.findUnique({ where: { eventId_userId: { eventId: booth.event.id, userId: paired.user.id } } })).toMatchObject({ role: "DISPLAY" });
    const user = await booth.db.user.findUniqueOrThrow({ where: { id: paired.user.id } });
    expect([user.email, user.passwordHash, user.isOrganiser]).toEqual([null, null, false]);

    await expect(redeemPairingCode(booth.db, { code })).rejects.toMatchObject({ name: "RefusedError", reason: "pairing-code-refused" });
  });

  it("two devices typing one code at once: one joins, the other is refused", async () => {
    const { code } = await createPairingCode(booth.db, { slug: booth.event.slug, role: "BARISTA", name: "Bar tablet", createdBy: "olivia" });
    const results = await Promise.allSettled([redeemPairingCode(booth.db, { code }), redeemPairingCode(booth.db, { code })]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await booth.db.user.count({ where: { name: "Bar tablet" } })).toBe(1);
  });

  it("refuses an expired code, a mistyped one and an unknown event, and makes nobody", async () => {
    const made = new Date(Date.now() - pairingCodeLifetimeMs - 1_000);
    const { code } = await createPairingCode(booth.db, { slug: booth.event.slug, role: "DISPLAY", name: "Old screen", createdBy: "olivia", now: made });
    await expect(redeemPairingCode(booth.db, { code })).rejects.toMatchObject({ reason: "pairing-code-refused" });
    await expect(redeemPairingCode(booth.db, { code: "not a code" })).rejects.toMatchObject({ reason: "pairing-code-refused" });
    await expect(createPairingCode(booth.db, { slug: "nowhere", role: "DISPLAY", name: "X screen", createdBy: "olivia" })).rejects.toThrow('There is no event "nowhere"');
    expect(await booth.db.user.count({ where: { name: "Old screen" } })).toBe(0);
  });
});
