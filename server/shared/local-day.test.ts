import { describe, expect, it } from "vitest";
import { localDay, localDayBounds, localDayStart, nextLocalMidnight } from "./local-day";

describe("an event's local day", () => {
  it("follows the event's time zone, not the server's", () => {
    const lateInLisbon = new Date("2026-11-26T23:30:00Z");
    expect(localDay(lateInLisbon, "Europe/Lisbon")).toBe("2026-11-26");
    expect(localDay(lateInLisbon, "Asia/Tokyo")).toBe("2026-11-27");
    expect(localDay(lateInLisbon, "America/Los_Angeles")).toBe("2026-11-26");
  });

  it("ends at local midnight, also on a day that changes the clocks", () => {
    expect(nextLocalMidnight(new Date("2026-11-26T15:00:00Z"), "Asia/Tokyo").toISOString()).toBe("2026-11-27T15:00:00.000Z");
    expect(nextLocalMidnight(new Date("2026-11-26T14:59:00Z"), "Asia/Tokyo").toISOString()).toBe("2026-11-26T15:00:00.000Z");
    // Lisbon moves from summer time (UTC+1) to winter time (UTC+0) in the early hours of 25 October 2026.
    expect(nextLocalMidnight(new Date("2026-10-25T12:00:00Z"), "Europe/Lisbon").toISOString()).toBe("2026-10-26T00:00:00.000Z");
    expect(nextLocalMidnight(new Date("2026-10-24T12:00:00Z"), "Europe/Lisbon").toISOString()).toBe("2026-10-24T23:00:00.000Z");
  });

  it("starts at local midnight, in the zones furthest from UTC and on a day that changes the clocks", () => {
    expect(localDayStart("2026-12-02", "America/New_York").toISOString()).toBe("2026-12-02T05:00:00.000Z");
    expect(localDayStart("2026-12-02", "Pacific/Kiritimati").toISOString()).toBe("2026-12-01T10:00:00.000Z");
    expect(localDayStart("2026-12-02", "Pacific/Pago_Pago").toISOString()).toBe("2026-12-02T11:00:00.000Z");
    expect(localDayStart("2026-10-25", "Europe/Lisbon").toISOString()).toBe("2026-10-24T23:00:00.000Z");
    expect(localDayStart("2026-10-26", "Europe/Lisbon").toISOString()).toBe("2026-10-26T00:00:00.000Z");
  });

  it("spans a day from its midnight to the next: 25 hours on the day the clocks go back", () => {
    const { from, to } = localDayBounds("2026-10-25", "Europe/Lisbon");
    expect([from.toISOString(), to.toISOString()]).toEqual(["2026-10-24T23:00:00.000Z", "2026-10-26T00:00:00.000Z"]);
    const tokyo = localDayBounds("2026-12-02", "Asia/Tokyo");
    expect(tokyo.to.getTime() - tokyo.from.getTime()).toBe(24 * 3_600_000);
  });
});
