import { describe, expect, it } from "vitest";
import { durationText, shareText } from "./figure-format";

describe("figures at a glance", () => {
  it("say durations in seconds, then minutes and seconds, and a dash for none", () => {
    expect([durationText(null), durationText(0), durationText(59.4), durationText(59.6), durationText(125), durationText(3600)]).toEqual([
      "—",
      "0 s",
      "59 s",
      "1 min 00 s",
      "2 min 05 s",
      "60 min 00 s",
    ]);
  });

  it("say a funnel step's share of the first in whole percent, and nothing before anyone started", () => {
    expect([shareText(7, 10), shareText(2, 3), shareText(0, 0)]).toEqual(["70%", "67%", ""]);
  });
});
