// bench:abuse (figures, not a test): how much a barista feels abuse from the booth's Wi-Fi. A barista's board
// (`board.orders`, the call the board makes on every change) is timed at rest, while 30 clients guess staff
// passwords, and while 2,000 guests sign in at once, each client from its own loopback address (127.0.x.y), so
// per-client limits apply as they would to separate phones. Beside each figure, the floor measured at the same
// time: an anonymous GET /api/health. Starts its own server on a fresh embedded database (needs `npm run build`).
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { HttpSession } from "../server/robots/http-session";
import { loopbackAddressOf } from "../server/robots/robot-addresses";
import { startPressoServer } from "./testing/presso-server";
import { round, stats } from "./testing/figures";

const PORT = Number(process.env.ABUSE_PORT ?? 3211);
const REST_SECONDS = Number(process.env.ABUSE_REST_SECONDS ?? 10);
const GUESSERS = Number(process.env.ABUSE_GUESSERS ?? 30);
const GUESS_SECONDS = Number(process.env.ABUSE_GUESS_SECONDS ?? 15);
const FLOOD_GUESTS = Number(process.env.ABUSE_FLOOD_GUESTS ?? 2000);
const FLOOD_CONCURRENCY = Number(process.env.ABUSE_FLOOD_CONCURRENCY ?? 100);

const count = (statuses: number[]) => Object.fromEntries([...new Set(statuses)].sort().map((s) => [s, statuses.filter((x) => x === s).length]));

/** One HTTP request from a chosen source address (fetch cannot choose one): the server sees a separate client. */
function send(url: string, options: { method?: string; headers?: Record<string, string>; body?: string; from: string }) {
  return new Promise<{ status: number; cookies: string[]; text: string }>((resolve, reject) => {
    const target = new URL(url);
    const req = request(
      { hostname: target.hostname, port: target.port, path: `${target.pathname}${target.search}`, method: options.method ?? "GET", headers: options.headers, localAddress: options.from },
      (res) => {
        let text = "";
        res.on("data", (chunk: Buffer) => (text += chunk.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, cookies: res.headers["set-cookie"] ?? [], text }));
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

/** next-auth's credentials flow from one address: the CSRF token and its cookie, then the form. Returns the form's status. */
async function signInFrom(baseUrl: string, from: string, provider: "guest" | "staff", fields: Record<string, string>): Promise<number> {
  const csrf = await send(`${baseUrl}/api/auth/csrf`, { from });
  if (csrf.status !== 200) return csrf.status;
  const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
  const cookie = csrf.cookies.map((line) => line.split(";")[0]).join("; ");
  const answer = await send(`${baseUrl}/api/auth/callback/${provider}`, {
    method: "POST",
    from,
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ ...fields, csrfToken, callbackUrl: "/", json: "true" }).toString(),
  });
  return answer.status;
}

/** The n-th client's own loopback address (127.0.1.1 and up; Linux routes all of 127/8 to the loopback device). */
const addressOf = loopbackAddressOf;

/** Times the barista's board and the floor, one call after another each, until `done` resolves. */
async function measureWhile(baseUrl: string, barista: HttpSession, slug: string, done: Promise<unknown>) {
  let finished = false;
  void done.finally(() => (finished = true));
  const board: number[] = [];
  const floor: number[] = [];
  const boardLoop = (async () => {
    while (!finished) {
      const started = performance.now();
      await barista.query("board.orders", { slug });
      board.push(performance.now() - started);
    }
  })();
  const floorLoop = (async () => {
    while (!finished) {
      const started = performance.now();
      await (await fetch(`${baseUrl}/api/health`)).text();
      floor.push(performance.now() - started);
    }
  })();
  await Promise.all([done, boardLoop, floorLoop]);
  return { boardOrders: stats(board), floorHealth: stats(floor) };
}

const seconds = (s: number) => new Promise((resolve) => setTimeout(resolve, s * 1000));

async function main() {
  if (!existsSync(".next/BUILD_ID")) {
    console.error("bench:abuse needs a production build: run `npm run build` first.");
    process.exit(2);
  }
  const organiser = { email: "organiser@abuse.bench", password: randomBytes(12).toString("hex") };
  const barista = { email: "barista@abuse.bench", password: randomBytes(12).toString("hex") };
  const folder = mkdtempSync(path.join(tmpdir(), "presso-abuse-"));
  const server = await startPressoServer({
    port: PORT,
    dataDir: `${folder}/db`,
    env: { PRESSO_DEMO_ORGANISER_EMAIL: organiser.email, PRESSO_DEMO_ORGANISER_PASSWORD: organiser.password },
  });
  try {
    const timings = new Map<string, number[]>();
    const staff = new HttpSession(server.url, timings);
    await staff.signIn("staff", organiser);
    const slug = "abuse";
    await staff.mutate("admin.events.create", { slug, name: "Abuse Booth", timeZone: "UTC", locale: "en", qrRotationSeconds: 3600, drinksPerCode: 500, maxOpenOrders: 500 });
    await staff.mutate("admin.menu.add", { slug, item: { name: "Flat White", icon: "flat-white", optionGroups: [] } });
    await staff.mutate("admin.staff.add", { slug, email: barista.email, role: "BARISTA", newAccount: { name: "Bea Barista", password: barista.password } });
    await staff.mutate("board.setStoreOpen", { slug, open: true });
    const baristaSession = new HttpSession(server.url, timings);
    await baristaSession.signIn("staff", barista);
    // A board with orders on it, as a busy booth has.
    const { window } = await staff.query<{ window: { code: string } | null }>("display.state", { slug });
    for (let i = 0; i < 12; i++) {
      const guest = new HttpSession(server.url, timings);
      await guest.signIn("guest", { name: `Queued ${i + 1}` });
      await guest.mutate("attendee.startOrder", { slug, code: window!.code });
    }

    const rest = await measureWhile(server.url, baristaSession, slug, seconds(REST_SECONDS));

    const guessStatuses: number[] = [];
    const guessingUntil = Date.now() + GUESS_SECONDS * 1000;
    const guessing = Promise.all(
      Array.from({ length: GUESSERS }, async (_, i) => {
        for (let attempt = 0; Date.now() < guessingUntil; attempt++) {
          // Half aim at the barista's account, half at accounts that may or may not exist.
          const email = i % 2 === 0 ? barista.email : `guess-${i}-${attempt}@abuse.bench`;
          guessStatuses.push(await signInFrom(server.url, addressOf(i), "staff", { email, password: `wrong-${attempt}-${randomBytes(4).toString("hex")}` }));
        }
      }),
    );
    const guessed = await measureWhile(server.url, baristaSession, slug, guessing);

    const floodStatuses: number[] = [];
    let next = 0;
    const floodStarted = performance.now();
    const flooding = Promise.all(
      Array.from({ length: FLOOD_CONCURRENCY }, async () => {
        while (next < FLOOD_GUESTS) {
          const n = next++;
          floodStatuses.push(await signInFrom(server.url, addressOf(1000 + n), "guest", { name: `Flood ${n + 1}` }).catch(() => 0));
        }
      }),
    );
    const flooded = await measureWhile(server.url, baristaSession, slug, flooding);
    const floodSeconds = (performance.now() - floodStarted) / 1000;

    const report = {
      rest,
      passwordGuessing: { clients: GUESSERS, seconds: GUESS_SECONDS, answers: count(guessStatuses), ...guessed },
      guestFlood: { guests: FLOOD_GUESTS, concurrency: FLOOD_CONCURRENCY, seconds: round(floodSeconds), answers: count(floodStatuses), ...flooded },
    };
    console.log(JSON.stringify(report, null, 2));
    const line = (label: string, m: typeof rest) =>
      `${label.padEnd(30)} board.orders p50 ${m.boardOrders.p50} ms, p95 ${m.boardOrders.p95} ms (n=${m.boardOrders.n}) | floor /api/health p50 ${m.floorHealth.p50} ms, p95 ${m.floorHealth.p95} ms`;
    console.log(
      [
        "",
        line("at rest", rest),
        line(`${GUESSERS} clients guessing passwords`, guessed),
        line(`${FLOOD_GUESTS} guests signing in`, flooded),
        `ratio to rest (p50): guessing ${round(guessed.boardOrders.p50 / rest.boardOrders.p50)}x, flood ${round(flooded.boardOrders.p50 / rest.boardOrders.p50)}x`,
      ].join("\n"),
    );
  } finally {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
