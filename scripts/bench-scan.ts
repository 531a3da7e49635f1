// bench:scan (figures, not a test): how long an attendee waits from scanning the booth's code to being able to
// choose a drink, on a conference network. Each run is a new phone (a fresh Chromium context: cold cache, no
// service worker, no session) on DevTools' "Fast 3G" profile (562.5 ms round trip, 1.44 Mbps down, 675 kbps up)
// with its CPU slowed 4x. It opens the code link, gives the name for the cup the moment the field takes input,
// and stops the clock when the first drink can be picked (an enabled radio on screen, seen from inside the page).
// The floor, measured in the same run on the same profile: loading Presso's smallest page (/offline, the
// framework's own JavaScript and nothing else) until it is interactive. Starts its own server on a fresh
// embedded database (needs `npm run build`); SCAN_RUNS sets the number of phones (default 7).
import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { HttpSession } from "../server/robots/http-session";
import { round, stats } from "./testing/figures";
import { startPressoServer } from "./testing/presso-server";

const PORT = Number(process.env.SCAN_PORT ?? 3213);
const RUNS = Number(process.env.SCAN_RUNS ?? 7);
const fast3g = { offline: false, latency: 562.5, downloadThroughput: ((1.44 * 1024 * 1024) / 8) * 0.9, uploadThroughput: ((675 * 1024) / 8) * 0.9 };

/** A new phone: its own context on the throttled profile. */
async function phone(browser: Browser): Promise<{ context: BrowserContext; page: Page; requests: string[]; scriptBytes: () => number }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, serviceWorkers: "block" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", fast3g);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const requests: string[] = [];
  const scripts = new Set<string>();
  let bytes = 0;
  cdp.on("Network.requestWillBeSent", (event) => {
    const url = new URL(event.request.url);
    requests.push(`${event.request.method} ${url.pathname}${url.search ? "?…" : ""}`);
    if (event.type === "Script") scripts.add(event.requestId);
  });
  cdp.on("Network.loadingFinished", (event) => {
    if (scripts.has(event.requestId)) bytes += event.encodedDataLength;
  });
  return { context, page, requests, scriptBytes: () => bytes };
}

/** The epoch time (ms) at which the page first shows an enabled drink choice, checked on every frame. */
function firstDrinkChoice(page: Page): Promise<number> {
  return page
    .waitForFunction(
      () =>
        [...document.querySelectorAll<HTMLInputElement>("form input[type=radio]")].some((input) => !input.disabled && input.offsetParent !== null) &&
        performance.timeOrigin + performance.now(),
      undefined,
      { polling: "raf", timeout: 60_000 },
    )
    .then((handle) => handle.jsonValue() as Promise<number>);
}

async function scanToChoose(browser: Browser, link: string, name: string) {
  const { context, page, requests, scriptBytes } = await phone(browser);
  const scannedAt = Date.now();
  await page.goto(link, { waitUntil: "commit" });
  const nameField = page.getByLabel(/name for (the|your) cup/i);
  await nameField.waitFor({ state: "visible", timeout: 60_000 });
  // "Takes input" means hydrated: React has attached its handlers to the field. Before that, a tap on Continue
  // submits the bare HTML form, which today lands on a sign-in page that has lost the code.
  // (No named functions inside page functions: tsx would wrap them in a helper the page does not have.)
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll("input")].some(
        (input) => /name for (the|your) cup/i.test(input.labels?.[0]?.textContent ?? "") && Object.keys(input).some((key) => key.startsWith("__reactProps")),
      ),
    undefined,
    { polling: "raf", timeout: 60_000 },
  ).catch(async (error: Error) => {
    await page.screenshot({ path: "/tmp/bench-scan-timeout.png" });
    const inputs = await page.evaluate(() => [...document.querySelectorAll("input")].map((i) => `${i.name}:${i.labels?.[0]?.textContent}:${Object.keys(i).length}`));
    throw new Error(`${error.message} (at ${page.url()}; inputs ${inputs.join(" | ")})`);
  });
  const continueButton = page.getByRole("button", { name: /continue/i });
  const typingAt = Date.now();
  await nameField.fill(name);
  await continueButton.click();
  const choosingAt = await firstDrinkChoice(page).catch(async (error: Error) => {
    await page.screenshot({ path: "/tmp/bench-scan-timeout.png" });
    throw new Error(`${error.message} (at ${page.url()})`);
  });
  await context.close();
  return { total: choosingAt - scannedAt, untilName: typingAt - scannedAt, afterName: choosingAt - typingAt, requests, scriptKB: round(scriptBytes() / 1024) };
}

async function floor(browser: Browser, url: string) {
  const { context, page } = await phone(browser);
  const startedAt = Date.now();
  await page.goto(`${url}/offline`, { waitUntil: "load" });
  const loadedAt = await page.evaluate(() => performance.timeOrigin + performance.now());
  await context.close();
  return loadedAt - startedAt;
}

async function main() {
  if (!existsSync(".next/BUILD_ID")) {
    console.error("bench:scan needs a production build: run `npm run build` first.");
    process.exit(2);
  }
  const organiser = { email: "organiser@scan.bench", password: randomBytes(12).toString("hex") };
  const folder = mkdtempSync(path.join(tmpdir(), "presso-scan-"));
  const server = await startPressoServer({
    port: PORT,
    dataDir: path.join(folder, "db"),
    env: { PRESSO_DEMO_ORGANISER_EMAIL: organiser.email, PRESSO_DEMO_ORGANISER_PASSWORD: organiser.password, NEXTAUTH_URL: `http://127.0.0.1:${PORT}` },
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const staff = new HttpSession(server.url, new Map());
    await staff.signIn("staff", organiser);
    // Room for every phone of the run in one code window (an hour long: no run straddles a new code) and in the booth.
    await staff.mutate("admin.events.updateSettings", { slug: "demo", changes: { drinksPerCode: 200, maxOpenOrders: 500, qrRotationSeconds: 3600 } });
    const runs: Awaited<ReturnType<typeof scanToChoose>>[] = [];
    const floors: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const { window } = await staff.query<{ window: { code: string } | null }>("display.state", { slug: "demo" });
      if (!window) throw new Error("the demo booth shows no code");
      floors.push(await floor(browser, server.url));
      runs.push(await scanToChoose(browser, `${server.url}/e/demo/order?code=${window.code}`, `Phone ${run + 1}`));
    }
    const figures = {
      runs: RUNS,
      profile: "Fast 3G (562.5 ms RTT, 1.44 Mbps down, 675 kbps up), CPU 4x slower, cold cache",
      scanToChoose: stats(runs.map((run) => run.total)),
      scanToNameField: stats(runs.map((run) => run.untilName)),
      nameToChoose: stats(runs.map((run) => run.afterName)),
      floorOfflinePageLoad: stats(floors),
      requestsPerScan: runs[0]!.requests.length,
      scriptKBPerScan: runs[0]!.scriptKB,
      requestsOfFirstScan: runs[0]!.requests,
    };
    console.log(JSON.stringify(figures, null, 2));
    console.log(
      `scan → choose p50 ${round(figures.scanToChoose.p50 / 1000)} s (p95 ${round(figures.scanToChoose.p95 / 1000)} s) over ${RUNS} phones; ` +
        `floor (/offline loaded) p50 ${round(figures.floorOfflinePageLoad.p50 / 1000)} s; ${figures.requestsPerScan} requests, ${figures.scriptKBPerScan} kB of script on the wire`,
    );
  } finally {
    await browser.close();
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
