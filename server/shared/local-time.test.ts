import { describe, expect, it } from "vitest";
import { localTimeToInstant } from "./local-time";

describe("a wall-clock time in an event's zone", () => {
  it("names the instant it is there, in winter and summer time", () => {
    expect(localTimeToInstant("2026-12-02T09:30", "Europe/Lisbon")?.toISOString()).toBe("2026-12-02T09:30:00.000Z");
    expect(localTimeToInstant("2026-07-02T09:30", "Europe/Lisbon")?.toISOString()).toBe("2026-07-02T08:30:00.000Z");
    expect(localTimeToInstant("2026-12-02T09:30", "Asia/Tokyo")?.toISOString()).toBe("2026-12-02T00:30:00.000Z");
    expect(localTimeToInstant("2026-12-02T09:30", "America/Los_Angeles")?.toISOString()).toBe("2026-12-02T17:30:00.000Z");
  });

  it("is nothing when the text is not a date and time", () => {
    expect(localTimeToInstant("yesterday", "UTC")).toBeNull();
    expect(localTimeToInstant("2026-13-45T99:99", "UTC")).toBeNull();
  });
});
