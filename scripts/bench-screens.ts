// bench:screens (figures, not a test): how long people wait, on a quiet booth, from a tap on one screen to the
// change on another, in a real browser. One Chromium, three kinds of context: the barista's board (a tablet),
// the booth screen (a TV) and, per order, a new attendee's phone. Every time is taken inside the pages on one
// clock (performance.timeOrigin + now, the same system clock for every page of one browser): the tap is the click
// event's own timestamp, caught in the capture phase before any handler of the app; the change is the first
// MutationObserver callback after which the other page shows it (what it paints in the next frame). Nothing is
// read by Playwright's polling.
// The floor, in the same run and the same browser: a tap on one page of a bare server (no Presso, no database)
// that sends one message over Server-Sent Events to another page, which writes it into its DOM.
// Transitions: a new order (the attendee's Order tap) on the board and the booth screen; Make, Ready, Picked up
// and Cancel (the barista's taps) on the phone, and on the booth screen where it shows them (Ready, Picked up,
// Cancel: the screen lists drinks being made and queued alike). At the end every screen must show what the
// database holds. Starts its own server on a fresh embedded database (needs `npm run build`); SCREENS_ROUNDS sets
// the number of orders made (default 12; every third is cancelled instead).
import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { HttpSession } from "../server/robots/http-session";
import { round, stats } from "./testing/figures";
import { startPressoServer } from "./testing/presso-server";

const PORT = Number(process.env.SCREENS_PORT ?? 3214);
const ROUNDS = Number(process.env.SCREENS_ROUNDS ?? 12);
const SLUG = "demo";

/** Runs in every page before its own scripts: the tap clock and the watcher of changes. */
function instrument() {
  type Watch = { id: string; kind: "text" | "gone" | "newEntry"; text?: string; scope?: string; items?: string };
  const w = window as unknown as { __bench: { tap: number | null; messages?: number[]; seen: Record<string, { at: number; detail: string; messages: number[] }>; watch(spec: Watch): void } };
  const at = () => performance.timeOrigin + performance.now();
  const scopeOf = (heading?: string): HTMLElement | null => {
    if (!heading) return document.body;
    const h = [...document.querySelectorAll("h1,h2,h3")].find((element) => element.textContent?.trim() === heading);
    return (h?.closest("section") as HTMLElement | null) ?? null;
  };
  const entries = (heading?: string, items = "li") =>
    [...(scopeOf(heading)?.querySelectorAll(items) ?? [])].map((item) => item.getAttribute("aria-label") ?? (item as HTMLElement).innerText.replace(/\s+/g, " ").trim());
  const has = (text: string, heading?: string) => {
    const scope = scopeOf(heading);
    if (!scope) return false;
    // "#12" must not match "#123".
    return new RegExp(`${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?!\\d)`).test(scope.innerText);
  };
  w.__bench = {
    tap: null,
    seen: {},
    watch(spec) {
      const before = new Set(spec.kind === "newEntry" ? entries(spec.scope, spec.items) : []);
      const check = (): string | null => {
        // Several words, each somewhere in the scope (a status can put the number in an element of its own).
        if (spec.kind === "text") return spec.text!.split(" | ").every((part) => has(part, spec.scope)) ? spec.text! : null;
        if (spec.kind === "gone") return has(spec.text!, spec.scope) ? null : spec.text!;
        return entries(spec.scope, spec.items).find((entry) => !before.has(entry)) ?? null;
      };
      const observer = new MutationObserver(() => {
        const detail = check();
        if (detail === null) return;
        w.__bench.seen[spec.id] = { at: at(), detail, messages: w.__bench.messages ?? [] };
        observer.disconnect();
      });
      observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
    },
  };
  document.addEventListener("click", (event) => (w.__bench.tap = performance.timeOrigin + event.timeStamp), true);
  // The page's live streams, so a round starts only once a phone is listening (it has no connection badge).
  const Native = window.EventSource;
  const sources: EventSource[] = [];
  (window as unknown as { __streamsOpen: () => boolean }).__streamsOpen = () => sources.length > 0 && sources.every((source) => source.readyState === Native.OPEN || source.readyState === Native.CLOSED) && sources.some((source) => source.readyState === Native.OPEN);
  window.EventSource = class extends Native {
    constructor(url: string | URL, init?: EventSourceInit) {
      super(url, init);
      sources.push(this);
      // When a pushed message reached the page: splits each wait into the push's part and the screen's part.
      this.addEventListener("message", () => (w.__bench.messages ??= []).push(performance.timeOrigin + performance.now()));
    }
  };
}

type Watch = { kind: "text" | "gone" | "newEntry"; text?: string; scope?: string; items?: string };

/** Arms a watch on a page (before the tap), and returns what waits for it. */
async function watch(page: Page, spec: Watch) {
  const id = randomBytes(4).toString("hex");
  await page.evaluate((s) => (window as unknown as { __bench: { watch(x: unknown): void } }).__bench.watch(s), { id, ...spec });
  return async () => {
    const handle = await page.waitForFunction((key) => (window as unknown as { __bench: { seen: Record<string, unknown> } }).__bench.seen[key], id, { timeout: 30_000 });
    return (await handle.jsonValue()) as { at: number; detail: string; messages: number[] };
  };
}

const tapTime = (page: Page) => page.evaluate(() => (window as unknown as { __bench: { tap: number } }).__bench.tap);

/** The floor: a page of a bare server whose button sends one message over SSE to every page listening. */
async function startBareServer() {
  const streams = new Set<ServerResponse>();
  const page = `<!doctype html><html lang="en"><title>floor</title><body><button id="ping">Ping</button><ul id="got"></ul><script>
    let n = 0; document.getElementById("ping").onclick = () => fetch("/ping?n=" + (++n), { method: "POST" });
    const source = new EventSource("/events");
    source.onmessage = (e) => { const li = document.createElement("li"); li.textContent = "pong #" + e.data; document.getElementById("got").append(li); };
    source.addEventListener("ready", () => document.body.dataset.ready = "1");
  </script></body></html>`;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/events") {
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
      res.write("event: ready\ndata: {}\n\n");
      streams.add(res);
      req.on("close", () => streams.delete(res));
      return;
    }
    if (url.pathname === "/ping") {
      for (const stream of streams) stream.write(`data: ${url.searchParams.get("n")}\n\n`);
      res.writeHead(204).end();
      return;
    }
    res.writeHead(200, { "content-type": "text/html" }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise<void>((resolve) => { for (const s of streams) s.end(); server.close(() => resolve()); }) };
}

async function newContext(browser: Browser, viewport: { width: number; height: number }): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, serviceWorkers: "block" });
  // tsx keeps function names by wrapping them in a helper, __name, that pages do not have: give them one.
  await context.addInitScript({ content: "globalThis.__name = (target) => target;" });
  await context.addInitScript(instrument);
  return context;
}

async function signIn(context: BrowserContext, baseUrl: string, provider: "staff" | "guest", fields: Record<string, string>) {
  const { csrfToken } = (await (await context.request.get(`${baseUrl}/api/auth/csrf`)).json()) as { csrfToken: string };
  await context.request.post(`${baseUrl}/api/auth/callback/${provider}`, { form: { ...fields, csrfToken, callbackUrl: "/", json: "true" } });
}

const live = (page: Page) => page.getByRole("status", { name: "Connection: Live" }).first().waitFor({ timeout: 30_000 });
const listening = (page: Page) => page.waitForFunction(() => (window as unknown as { __streamsOpen: () => boolean }).__streamsOpen(), undefined, { timeout: 30_000 });

async function main() {
  if (!existsSync(".next/BUILD_ID")) {
    console.error("bench:screens needs a production build: run `npm run build` first.");
    process.exit(2);
  }
  const organiser = { email: "organiser@screens.bench", password: randomBytes(12).toString("hex") };
  const barista = { email: "barista@screens.bench", password: randomBytes(12).toString("hex") };
  const folder = mkdtempSync(path.join(tmpdir(), "presso-screens-"));
  const server = await startPressoServer({
    port: PORT,
    dataDir: path.join(folder, "db"),
    env: {
      PRESSO_DEMO_ORGANISER_EMAIL: organiser.email,
      PRESSO_DEMO_ORGANISER_PASSWORD: organiser.password,
      PRESSO_DEMO_BARISTA_EMAIL: barista.email,
      PRESSO_DEMO_BARISTA_PASSWORD: barista.password,
      NEXTAUTH_URL: `http://127.0.0.1:${PORT}`,
    },
  });
  const bare = await startBareServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const times: Record<string, number[]> = {};
  const keep = (name: string, ms: number) => (times[name] ??= []).push(ms);
  try {
    const staff = new HttpSession(server.url, new Map());
    await staff.signIn("staff", organiser);
    await staff.mutate("admin.events.updateSettings", { slug: SLUG, changes: { drinksPerCode: 200, maxOpenOrders: 500, qrRotationSeconds: 3600 } });
    const { event } = await staff.query<{ event: { storeOpen: boolean } }>("board.orders", { slug: SLUG });
    if (!event.storeOpen) await staff.mutate("board.setStoreOpen", { slug: SLUG, open: true });

    const floorContext = await newContext(browser, { width: 800, height: 600 });
    const [tapper, listener] = [await floorContext.newPage(), await floorContext.newPage()];
    for (const page of [tapper, listener]) {
      await page.goto(bare.url);
      await page.waitForFunction(() => document.body.dataset.ready === "1");
    }

    const boardContext = await newContext(browser, { width: 1280, height: 800 });
    await signIn(boardContext, server.url, "staff", barista);
    const board = await boardContext.newPage();
    await board.goto(`${server.url}/e/${SLUG}/barista`);
    await live(board);
    const displayContext = await newContext(browser, { width: 1920, height: 1080 });
    await signIn(displayContext, server.url, "staff", barista);
    const display = await displayContext.newPage();
    await display.goto(`${server.url}/e/${SLUG}/display`);
    await live(display);

    const settle = () => new Promise((resolve) => setTimeout(resolve, 400));
    for (let round = 0; round < ROUNDS; round++) {
      // The floor, beside each round.
      const pong = await watch(listener, { kind: "text", text: `pong #${round + 1}` });
      await tapper.getByRole("button", { name: "Ping" }).click();
      keep("floor: bare SSE tap → other page", (await pong()).at - (await tapTime(tapper)));

      const { window } = await staff.query<{ window: { code: string } | null }>("display.state", { slug: SLUG });
      if (!window) throw new Error("the booth screen shows no code");
      const phoneContext = await newContext(browser, { width: 390, height: 844 });
      const phone = await phoneContext.newPage();
      await phone.goto(`${server.url}/e/${SLUG}/order?code=${window.code}`);
      await phone.getByLabel(/name for (the|your) cup/i).fill(`Phone ${round + 1}`);
      await phone.getByRole("button", { name: /continue/i }).click();
      const firstDrink = phone.getByRole("group", { name: "Drink" }).getByRole("radio").first();
      await firstDrink.check();
      const orderButton = phone.getByRole("button", { name: /^Order / });
      await settle();

      // A new order: on the board and on the booth screen.
      const onBoard = await watch(board, { kind: "newEntry", items: 'article[aria-label^="Order #"]' });
      const onDisplay = await watch(display, { kind: "newEntry", scope: "Preparing" });
      await orderButton.click();
      const submitted = await tapTime(phone);
      for (const [name, seen] of [["new order → board", onBoard], ["new order → booth screen", onDisplay]] as const) {
        const result = await seen();
        keep(name, result.at - submitted);
        const pushed = result.messages.find((at) => at >= submitted);
        if (pushed !== undefined) keep(`${name}: push arrived`, pushed - submitted);
      }
      const heading = await phone.getByRole("status", { name: "Order status" }).getByText(/Order #\d+/).first().textContent({ timeout: 30_000 });
      const number = Number(/#(\d+)/.exec(heading ?? "")![1]);
      const card = board.getByRole("article", { name: `Order #${number}`, exact: true });
      await listening(phone);
      await settle();

      const tap = async (verb: string, watches: Array<[string, Page, Watch]>) => {
        const armed = await Promise.all(watches.map(async ([name, page, spec]) => [name, await watch(page, spec)] as const));
        await card.getByRole("button", { name: `${verb} #${number}`, exact: true }).click();
        const tappedAt = await tapTime(board);
        for (const [name, seen] of armed) {
          const result = await seen().catch((error: Error) => Promise.reject(new Error(`${name}: ${error.message}`)));
          keep(name, result.at - tappedAt);
          // The first push after the tap: how much of the wait was the push's, how much the screen's.
          const pushed = result.messages.find((at) => at >= tappedAt);
          if (pushed !== undefined) keep(`${name}: push arrived`, pushed - tappedAt);
        }
        await settle();
      };

      if (round % 3 === 2) {
        await card.getByRole("button", { name: `Cancel #${number}`, exact: true }).click();
        await board.getByRole("radio", { name: "Sold out" }).check();
        const armed = [
          ["cancel → phone", await watch(phone, { kind: "text", text: "Order cancelled" })],
          ["cancel → booth screen", await watch(display, { kind: "gone", text: `#${number}`, scope: "Preparing" })],
        ] as const;
        await board.getByRole("button", { name: `Confirm cancel #${number}`, exact: true }).click();
        const tappedAt = await tapTime(board);
        for (const [name, seen] of armed) {
          const result = await seen();
          keep(name, result.at - tappedAt);
          const pushed = result.messages.find((at) => at >= tappedAt);
          if (pushed !== undefined) keep(`${name}: push arrived`, pushed - tappedAt);
        }
        await settle();
      } else {
        await tap("Make", [["make → phone", phone, { kind: "text", text: `Order #${number} is being made` }]]);
        await tap("Ready", [
          ["ready → phone", phone, { kind: "text", text: `Ready: show | #${number} | at the counter` }],
          ["ready → booth screen", display, { kind: "text", text: `#${number}`, scope: "Ready" }],
        ]);
        await tap("Picked up", [
          ["picked up → phone", phone, { kind: "text", text: `You picked up order #${number}` }],
          ["picked up → booth screen", display, { kind: "gone", text: `#${number}`, scope: "Ready" }],
        ]);
      }
      await phoneContext.close();
    }

    // Every screen ends as the database says: no order left on the board, none on the booth screen.
    const { orders } = await staff.query<{ orders: { status: string }[] }>("board.orders", { slug: SLUG });
    const open = orders.filter((order) => ["QUEUED", "MAKING", "READY"].includes(order.status)).length;
    const boardCards = await board.getByRole("article", { name: /^Order #\d+$/ }).count();
    const displayEntries = await display.locator("section li").count();
    const consistent = open === 0 && boardCards === 0 && displayEntries === 0;

    const figures = Object.fromEntries(Object.entries(times).map(([name, list]) => [name, stats(list)]));
    const floor = figures["floor: bare SSE tap → other page"]!;
    const worst = Math.max(...Object.entries(figures).filter(([name]) => !name.startsWith("floor")).map(([, s]) => s.p95));
    console.log(JSON.stringify({ rounds: ROUNDS, figures, screensMatchDatabase: { open, boardCards, displayEntries, consistent } }, null, 2));
    for (const [name, s] of Object.entries(figures)) console.log(`${name.padEnd(34)} p50 ${String(s.p50).padStart(6)} ms  p95 ${String(s.p95).padStart(6)} ms  (n ${s.n})`);
    console.log(
      `tap → pixels: worst p95 ${round(worst)} ms (target ≤ 100 ms), ${round(worst / floor.p95)}× the floor's p95 of ${floor.p95} ms (target ≤ 3×); ` +
        `screens match the database: ${consistent ? "yes" : "NO"}`,
    );
    if (!consistent) process.exitCode = 1;
  } finally {
    await browser.close();
    await bare.close();
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
