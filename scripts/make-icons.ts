// Draws Presso's app icons (public/icons/*.png) from public/icons/presso.svg with the machine's Chromium, so the
// PNGs an installer needs are made from one source. Run after changing the SVG: npx tsx scripts/make-icons.ts
import { readFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

const dir = path.join(process.cwd(), "public", "icons");
const svg = readFileSync(path.join(dir, "presso.svg"), "utf8");

/** name, size, and how much of the square the mark may fill (rounded corners for "any", full bleed for maskable). */
const icons = [
  { file: "icon-192.png", size: 192, rounded: true },
  { file: "icon-512.png", size: 512, rounded: true },
  { file: "maskable-512.png", size: 512, rounded: false },
  { file: "apple-touch-icon.png", size: 180, rounded: false },
  { file: "favicon-32.png", size: 32, rounded: true },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
try {
  for (const icon of icons) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const radius = icon.rounded ? Math.round(icon.size * 0.18) : 0;
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><div style="width:${icon.size}px;height:${icon.size}px;border-radius:${radius}px;overflow:hidden">${svg.replace("<svg ", `<svg width="${icon.size}" height="${icon.size}" `)}</div></body></html>`,
    );
    await page.screenshot({ path: path.join(dir, icon.file), omitBackground: true, clip: { x: 0, y: 0, width: icon.size, height: icon.size } });
    await page.close();
    console.log(`public/icons/${icon.file}`);
  }
} finally {
  await browser.close();
}
