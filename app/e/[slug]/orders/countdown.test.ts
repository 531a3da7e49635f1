import { describe, expect, it } from "vitest";
import { durationOf } from "./countdown";

describe("a countdown's time left", () => {
  it("reads as a clock under an hour, rounding a started second up", () => {
    expect(durationOf(272)).toEqual({ clock: "4:32" });
    expect(durationOf(0.2)).toEqual({ clock: "0:01" });
    expect(durationOf(-5)).toEqual({ clock: "0:00" });
    expect(durationOf(3599)).toEqual({ clock: "59:59" });
  });

  it("reads as hours and minutes from an hour on, for the catalogue to word", () => {
    expect(durationOf(3600)).toEqual({ hours: 1, minutes: 0 });
    expect(durationOf(5 * 3600 + 12 * 60 + 30)).toEqual({ hours: 5, minutes: 12 });
  });
});
