import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, expect, test, type Page } from "@playwright/test";
import { e2eAccounts } from "./accounts";
import { untilServiceWorkerControls } from "./service-worker";
import { signInAsStaff } from "./sign-in";

/** The board as an installed app: Chromium's own installability check, and a reload with no network. */

async function openBoardWithServiceWorker(page: Page) {
  await signInAsStaff(page, e2eAccounts.barista);
  await page.goto("/e/demo/barista");
  await expect(page.getByRole("heading", { name: "Presso Demo Booth" })).toBeVisible();
  await untilServiceWorkerControls(page);
}

test("Chromium finds the barista board installable, with the event's own manifest", async ({ baseURL, launchOptions }) => {
  // Chromium never offers to install from an incognito window, which is what a test's usual context is.
  const profile = mkdtempSync(path.join(tmpdir(), "presso-install-"));
  const context = await chromium.launchPersistentContext(profile, { ...launchOptions, baseURL, viewport: { width: 412, height: 915 } });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await openBoardWithServiceWorker(page);
    await expectInstallable(page);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

async function expectInstallable(page: Page) {
  const manifestUrl = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(manifestUrl).toBe("/e/demo/barista/manifest.webmanifest");
  const manifest = await (await page.request.get(manifestUrl!)).json();
  expect(manifest).toMatchObject({ start_url: "/e/demo/barista", scope: "/e/demo/", display: "standalone" });

  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  expect(installabilityErrors).toEqual([]);
  const { url, errors } = await cdp.send("Page.getAppManifest");
  expect(url).toMatch(/\/e\/demo\/barista\/manifest\.webmanifest$/);
  expect(errors).toEqual([]);
}

test("the service worker answers the board's page but never a live request: tRPC and push go straight to the server", async ({ page }) => {
  await openBoardWithServiceWorker(page);
  const seen: { path: string; fromServiceWorker: boolean }[] = [];
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (url.pathname.startsWith("/api/") || url.pathname === "/e/demo/barista") seen.push({ path: url.pathname, fromServiceWorker: response.fromServiceWorker() });
  });
  await page.reload();
  await expect(page.getByRole("heading", { name: "Presso Demo Booth" })).toBeVisible();
  await expect.poll(() => seen.filter((response) => response.path.startsWith("/api/")).length).toBeGreaterThan(0);
  expect(seen.find((response) => response.path === "/e/demo/barista")?.fromServiceWorker).toBe(true);
  expect(seen.filter((response) => response.path.startsWith("/api/") && response.fromServiceWorker)).toEqual([]);
});

test("a board reloaded without a network shows Presso's offline page, and comes back with the network", async ({ page, context }) => {
  await openBoardWithServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { name: "You are offline" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();

  // The offline page asks the server every few seconds and goes back to the board once it answers.
  await context.setOffline(false);
  await expect(page.getByRole("heading", { name: "Presso Demo Booth" })).toBeVisible({ timeout: 20_000 });
  expect(new URL(page.url()).pathname).toBe("/e/demo/barista");
});
