// bench:rush (figures, not a test): simulated attendees and baristas drive full order lifecycles over HTTP, at
// several events at once, against a running Presso (BENCH_URL) or one it starts on a fresh embedded database
// (needs `npm run build` first). Two phases: a rush (every attendee orders again as soon as their drink is picked
// up: the most lifecycles per second the server gives) and a steady booth (lifecycles started at a fixed rate,
// as a busy booth sees them). For each: lifecycles per second, each command's p50/p95/p99, tap-to-screen latency
// (a barista's "ready" until the attendee's and the booth screen's channels hear it), and whether any order was
// lost, duplicated or left open. Beside them, in the same run: the floor (as many round trips as the rush made,
// with the same concurrency, to a procedure that does nothing but read the caller's session), so a lifecycle's
// cost reads as a multiple of it; and the CPU this client and the server used, so a client that starves the
// server shows. The clients wait on pushes (a bell per order and per booth screen), with a slow re-read as a
// backstop, never in a polling loop. Prints JSON, then a summary, and exits.
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { HttpSession, TrpcError, type PushedMessage, type Timings } from "../server/robots/http-session";
import { organiserCredentials } from "./rush/organiser-credentials";
import { Bell } from "../server/robots/pause";
import { loopbackAddressOf } from "../server/robots/robot-addresses";
import { addRobotBarista } from "../server/robots/robot-staff";
import { startPressoServer } from "./testing/presso-server";
import { round, stats } from "./testing/figures";

const EVENTS = Number(process.env.RUSH_EVENTS ?? 3);
const ATTENDEES = Number(process.env.RUSH_ATTENDEES_PER_EVENT ?? 10);
const ORDERS_EACH = Number(process.env.RUSH_ORDERS_PER_ATTENDEE ?? 3);
const BARISTAS = Number(process.env.RUSH_BARISTAS_PER_EVENT ?? 2);
const PORT = Number(process.env.RUSH_PORT ?? 3210);
const STEADY_RATE = Number(process.env.RUSH_STEADY_PER_SECOND ?? 1);
const STEADY_SECONDS = Number(process.env.RUSH_STEADY_SECONDS ?? 30);

/** What one phase measured; sessions record their calls into whichever phase is running. */
type Phase = { tapToAttendee: number[]; tapToDisplay: number[]; failures: string[]; completed: string[] };
const newPhase = (): Phase => ({ tapToAttendee: [], tapToDisplay: [], failures: [], completed: [] });
const timings: Timings = new Map();
let phase = newPhase();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** CPU time of a process in ms (user + system), read from /proc: the server's, when this benchmark started it. */
function processCpuMs(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    // utime and stime, the 14th and 15th fields of the line, in clock ticks (100 a second on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

/** How much of one core this client and the server used over a stretch, in percent. */
function cpuMeter(serverPid?: number) {
  const client = process.cpuUsage();
  const server = serverPid ? processCpuMs(serverPid) : null;
  return {
    read(seconds: number) {
      const used = process.cpuUsage(client);
      const serverNow = serverPid ? processCpuMs(serverPid) : null;
      return {
        client: round(((used.user + used.system) / 1000 / (seconds * 1000)) * 100),
        server: server !== null && serverNow !== null ? round(((serverNow - server) / (seconds * 1000)) * 100) : null,
      };
    },
  };
}

/** The organiser who sets the booths up: the demo organiser of the server this benchmark starts, or BENCH_URL's organiser. */
const organiserSignIn = process.env.BENCH_URL
  ? organiserCredentials()
  : { email: process.env.PRESSO_DEMO_ORGANISER_EMAIL ?? "organiser@presso.local", password: process.env.PRESSO_DEMO_ORGANISER_PASSWORD ?? randomBytes(12).toString("hex") };

async function startServer(): Promise<{ url: string; pid?: number; stop(): Promise<void> }> {
  if (process.env.BENCH_URL) return { url: process.env.BENCH_URL, stop: async () => {} };
  if (!existsSync(".next/BUILD_ID")) {
    console.error("bench:rush needs a production build: run `npm run build` first (or set BENCH_URL to a running Presso).");
    process.exit(2);
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), "presso-rush-"));
  const server = await startPressoServer({
    port: PORT,
    dataDir: `${dataDir}/db`,
    env: { PRESSO_DEMO_ORGANISER_EMAIL: organiserSignIn.email, PRESSO_DEMO_ORGANISER_PASSWORD: organiserSignIn.password },
  });
  return {
    url: server.url,
    pid: server.process.pid,
    async stop() {
      // The database folder goes only once the server has let go of it.
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

type Booth = {
  slug: string;
  eventId: string;
  menuItemId: string;
  baristas: HttpSession[];
  code: string;
  readyHeard: Map<number, number>;
  /** Rings when the booth screen hears a drink turn ready. */
  readyBell: Bell;
  numbers: number[];
  screen: { close(): void };
  index: number;
};

async function setUpBooth(url: string, organiser: HttpSession, index: number, runId: string): Promise<Booth> {
  const zones = [["Europe/Lisbon", "pt-PT"], ["Asia/Tokyo", "ja-JP"], ["America/New_York", "en-US"]] as const;
  const [timeZone, locale] = zones[index % zones.length]!;
  const slug = `rush-${runId}-${index}`;
  const event = await organiser.mutate<{ id: string }>("admin.events.create", {
    slug,
    name: `Rush ${index + 1}`,
    timeZone,
    locale,
    drinksPerCode: 500,
    maxOpenOrders: 1000,
    maxOrdersPerAttendeePerDay: 50,
    qrRotationSeconds: 3600,
  });
  const item = await organiser.mutate<{ id: string }>("admin.menu.add", {
    slug,
    item: { name: "Flat White", icon: "flat-white", optionGroups: [{ name: "Milk", selection: "SINGLE", required: true, options: [{ name: "Whole", isDefault: true }, { name: "Oat" }] }] },
  });
  const baristas: HttpSession[] = [];
  for (let b = 0; b < BARISTAS; b++) {
    baristas.push(await addRobotBarista(organiser, { slug, email: `rush-${runId}-${index}-${b}@rush.test`, name: `Barista ${b + 1}` }, timings));
  }
  await baristas[0]!.mutate("board.setStoreOpen", { slug, open: true });
  const state = await baristas[0]!.query<{ window: { code: string } }>("display.state", { slug });
  const readyHeard = new Map<number, number>();
  const readyBell = new Bell();
  // The booth screen: hears every order that becomes ready (by number only, as the public screen does).
  const screen = await baristas[0]!.subscribe([`event:${event.id}:display`], (message, at) => {
    if (message.name !== "order.ready") return;
    readyHeard.set(Number(message.data.orderNumber), at);
    readyBell.ring();
  });
  return { slug, eventId: event.id, menuItemId: item.id, baristas, code: state.window.code, readyHeard, readyBell, numbers: [], screen, index };
}

/**
 * Resolves when a pushed status matches: it wakes on each push, and re-reads the order once a second without one
 * (for anything pushed before the stream opened).
 */
function statusWatcher(attendee: HttpSession, orderId: string) {
  let last: Record<string, unknown> = {};
  const heardAt = new Map<string, number>();
  const pushed = new Bell();
  const onPush = (message: PushedMessage, at: number) => {
    if (message.name !== "order.status") return;
    last = { ...last, ...message.data };
    heardAt.set(String(message.data.status), at);
    pushed.ring();
  };
  return {
    onPush,
    heardAt,
    async until(accept: (order: Record<string, unknown>) => boolean, what: string, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (!accept(last)) {
        if (Date.now() > deadline) throw new Error(`order ${orderId}: no ${what} within ${timeoutMs} ms`);
        const heard = heardAt.size;
        await pushed.wait(1000);
        if (heardAt.size === heard && !accept(last)) last = await attendee.query<Record<string, unknown>>("attendee.order", { orderId });
      }
      return last;
    },
  };
}

async function lifecycle(booth: Booth, attendee: HttpSession, barista: HttpSession) {
  let orderId: string;
  try {
    ({ orderId } = await attendee.mutate<{ orderId: string }>("attendee.startOrder", { slug: booth.slug, code: booth.code }));
  } catch (error) {
    if (error instanceof TrpcError && /expired/.test(error.message)) {
      booth.code = (await barista.query<{ window: { code: string } }>("display.state", { slug: booth.slug })).window.code;
      return lifecycle(booth, attendee, barista);
    }
    throw error;
  }
  const watcher = statusWatcher(attendee, orderId);
  const stream = await attendee.subscribe([`order:${orderId}`], watcher.onPush);
  try {
    await watcher.until((o) => o.submitBy != null, "acceptance");
    await attendee.mutate("attendee.submitOrder", { orderId, choice: { menuItemId: booth.menuItemId } });
    const queued = await watcher.until((o) => o.status === "QUEUED" && o.orderNumber != null, "queueing");
    const orderNumber = Number(queued.orderNumber);
    booth.numbers.push(orderNumber);
    await barista.mutate("board.claim", { slug: booth.slug, orderId });
    const tappedAt = performance.now();
    await barista.mutate("board.complete", { slug: booth.slug, orderId });
    await watcher.until((o) => o.status === "READY", "ready");
    // A re-read may see "ready" first: the push is what the screens wait for, so wait for it too.
    const pushDeadline = Date.now() + 10_000;
    await watcher.until(() => watcher.heardAt.has("READY"), "the ready push", 10_000).catch(() => {});
    while (!booth.readyHeard.has(orderNumber) && Date.now() < pushDeadline) await booth.readyBell.wait(pushDeadline - Date.now());
    if (watcher.heardAt.has("READY")) phase.tapToAttendee.push(watcher.heardAt.get("READY")! - tappedAt);
    if (booth.readyHeard.has(orderNumber)) phase.tapToDisplay.push(booth.readyHeard.get(orderNumber)! - tappedAt);
    await barista.mutate("board.pickUp", { slug: booth.slug, orderId });
    await watcher.until((o) => o.status === "PICKED_UP", "pickup");
    return orderId;
  } finally {
    stream.close();
  }
}

const server = await startServer();
try {
  const runId = Date.now().toString(36);
  const organiser = new HttpSession(server.url, timings);
  await organiser.signIn("staff", { email: organiserSignIn.email, password: organiserSignIn.password });
  const booths = await Promise.all(Array.from({ length: EVENTS }, (_, i) => setUpBooth(server.url, organiser, i, runId)));
  const attendees = await Promise.all(
    booths.flatMap((booth) =>
      Array.from({ length: ATTENDEES }, async (_, a) => {
        // Each phone from its own loopback address, as at a booth: the server's per-address limits (live
        // streams, guest sign-ins) apply to each, not to the benchmark as a whole.
        const n = booth.index * ATTENDEES + a;
        const session = new HttpSession(server.url, timings, { from: loopbackAddressOf(n) });
        await session.signIn("guest", { name: `Rusher ${a + 1}` });
        return { booth, session, barista: booth.baristas[a % booth.baristas.length]! };
      }),
    ),
  );

  /** Runs one phase and reports it; the sessions' call timings are the phase's own. */
  async function measure(name: string, drive: () => Promise<void>, expected: () => number) {
    phase = newPhase();
    timings.clear();
    const cpu = cpuMeter(server.pid);
    const started = performance.now();
    await drive();
    const seconds = (performance.now() - started) / 1000;
    const roundTrips = [...timings.values()].reduce((sum, list) => sum + list.length, 0);
    const { completed, failures } = phase;
    const both = [...phase.tapToAttendee, ...phase.tapToDisplay];
    return {
      phase: name,
      lifecycles: { expected: expected(), completed: completed.length, failed: failures.length, seconds: round(seconds), perSecond: round(completed.length / seconds) },
      roundTrips: { total: roundTrips, perLifecycle: round(roundTrips / Math.max(1, completed.length)) },
      cpuPercentOfOneCore: cpu.read(seconds),
      commandsMs: Object.fromEntries([...timings].sort(([a], [b]) => a.localeCompare(b)).map(([call, values]) => [call, stats(values)])),
      tapToScreenMs: { attendee: stats(phase.tapToAttendee), display: stats(phase.tapToDisplay), both: stats(both) },
      duplicated: completed.length - new Set(completed).size,
      firstFailures: failures.slice(0, 5),
    };
  }
  const run = async (person: (typeof attendees)[number]) => {
    try {
      phase.completed.push(await lifecycle(person.booth, person.session, person.barista));
    } catch (error) {
      phase.failures.push((error as Error).message);
    }
  };

  const rush = await measure(
    "rush",
    () => Promise.all(attendees.map(async (person) => {
      for (let k = 0; k < ORDERS_EACH; k++) await run(person);
    })).then(() => {}),
    () => EVENTS * ATTENDEES * ORDERS_EACH,
  );
  // The floor: as many round trips as the rush made, by the same sessions with the same concurrency, to a
  // procedure that only reads the caller's session.
  const floorCalls = rush.roundTrips.total;
  const floorStarted = performance.now();
  const floorCpu = cpuMeter(server.pid);
  let floorLeft = floorCalls;
  await Promise.all(
    attendees.map(async ({ session }) => {
      while (floorLeft-- > 0) await session.query("me.whoAmI", undefined);
    }),
  );
  const floorSeconds = (performance.now() - floorStarted) / 1000;
  const floor = {
    procedure: "me.whoAmI",
    roundTrips: floorCalls,
    seconds: round(floorSeconds),
    cpuPercentOfOneCore: floorCpu.read(floorSeconds),
    rushCostInFloors: round(rush.lifecycles.seconds / floorSeconds),
  };

  let steadyStarted = 0;
  const steady = await measure(
    "steady",
    async () => {
      // A lifecycle every 1/rate seconds, each by the attendee who has waited longest (one order each at a time).
      const idle = [...attendees];
      const running: Promise<void>[] = [];
      const until = performance.now() + STEADY_SECONDS * 1000;
      while (performance.now() < until) {
        const person = idle.shift();
        if (person) {
          steadyStarted++;
          running.push(run(person).then(() => void idle.push(person)));
        }
        await sleep(1000 / STEADY_RATE);
      }
      await Promise.all(running);
    },
    () => steadyStarted,
  );

  // Nothing lost, duplicated or left open: every order picked up once, numbers 1..n per event, empty boards.
  const gaps = booths.filter((b) => [...b.numbers].sort((x, y) => x - y).some((n, i) => n !== i + 1)).map((b) => b.slug);
  let leftOpen = 0;
  for (const booth of booths) {
    const board = await booth.baristas[0]!.query<{ orders: { status: string }[] }>("board.orders", { slug: booth.slug });
    leftOpen += board.orders.filter((o) => o.status !== "READY").length;
  }
  const lost = rush.lifecycles.expected - rush.lifecycles.completed + (steady.lifecycles.expected - steady.lifecycles.completed);
  const result = {
    setup: { events: EVENTS, attendeesPerEvent: ATTENDEES, ordersPerAttendee: ORDERS_EACH, baristasPerEvent: BARISTAS, steadyPerSecond: STEADY_RATE, steadySeconds: STEADY_SECONDS },
    rush,
    floor,
    steady,
    integrity: { lost, duplicated: rush.duplicated + steady.duplicated, numberGapsAt: gaps, leftOpen },
  };
  console.log(JSON.stringify(result, null, 2));
  const line = (r: typeof rush) =>
    `${r.phase}: ${r.lifecycles.completed}/${r.lifecycles.expected} lifecycles in ${r.lifecycles.seconds} s = ${r.lifecycles.perSecond}/s; ` +
    `tap-to-screen p50 ${r.tapToScreenMs.both.p50} ms, p95 ${r.tapToScreenMs.both.p95} ms, p99 ${r.tapToScreenMs.both.p99} ms`;
  console.log(
    `\n${line(rush)}  (target ≥ 50/s)` +
      `\nfloor: the rush's ${floor.roundTrips} round trips to ${floor.procedure} take ${floor.seconds} s: the rush costs ${floor.rushCostInFloors}× the floor (${rush.roundTrips.perLifecycle} round trips a lifecycle)` +
      `\nCPU during the rush (% of one core): client ${rush.cpuPercentOfOneCore.client}, server ${rush.cpuPercentOfOneCore.server ?? "not measured (BENCH_URL)"}` +
      `\n${line(steady)}  (target p95 ≤ 50 ms)` +
      `\nlost ${lost}, duplicated ${result.integrity.duplicated}, number gaps at ${gaps.length ? gaps.join(", ") : "none"}, left open ${leftOpen}`,
  );
  for (const booth of booths) booth.screen.close();
  for (const { session } of attendees) session.close();
} finally {
  await server.stop();
}
// Keep-alive sockets would hold the process open for a while after the figures: they are all printed.
process.exit(process.exitCode ?? 0);
