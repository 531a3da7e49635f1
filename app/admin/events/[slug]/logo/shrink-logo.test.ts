import { describe, expect, it } from "vitest";
import { fitWithin, shrinkTries } from "./shrink-logo";

describe("shrinking a logo before upload", () => {
  it("fits the longer side, keeps the shape and never enlarges", () => {
    expect(fitWithin(4000, 1000, 512)).toEqual({ width: 512, height: 128 });
    expect(fitWithin(600, 1200, 512)).toEqual({ width: 256, height: 512 });
    expect(fitWithin(200, 100, 512)).toEqual({ width: 200, height: 100 });
    expect(fitWithin(10_000, 1, 512)).toEqual({ width: 512, height: 1 });
  });

  it("tries the best first: WebP at the full size, then lower qualities, JPEG, then smaller sizes down to 128 px", () => {
    const tries = shrinkTries(512);
    expect(tries[0]).toEqual({ side: 512, type: "image/webp", quality: 0.9 });
    expect(tries.slice(0, 4).map((t) => `${t.type} ${t.quality}`)).toEqual(["image/webp 0.9", "image/webp 0.75", "image/webp 0.6", "image/jpeg 0.8"]);
    expect(new Set(tries.map((t) => t.side))).toEqual(new Set([512, 256, 128]));
    expect(tries.at(-1)).toEqual({ side: 128, type: "image/jpeg", quality: 0.8 });
  });
});
