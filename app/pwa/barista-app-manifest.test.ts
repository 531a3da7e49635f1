import { describe, expect, it } from "vitest";
import { baristaAppManifest } from "./barista-app-manifest";

describe("the barista board's app manifest", () => {
  it("opens the event's board, in a scope that covers the event's staff screens, with icons an installer accepts", () => {
    const manifest = baristaAppManifest({ slug: "devconf-lisbon", name: "DevConf Lisbon", brandColor: "#aa3300" });
    expect(manifest).toMatchObject({
      id: "/e/devconf-lisbon/barista",
      start_url: "/e/devconf-lisbon/barista",
      scope: "/e/devconf-lisbon/",
      display: "standalone",
      theme_color: "#aa3300",
    });
    expect(manifest.start_url.startsWith(manifest.scope)).toBe(true);
    expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(["192x192 any", "512x512 any", "512x512 maskable"]);
  });

  it("falls back to Presso's colour when the event's is not a plain hex colour", () => {
    expect(baristaAppManifest({ slug: "x", name: "X", brandColor: "red;}" }).theme_color).toBe("#0b7285");
  });
});
