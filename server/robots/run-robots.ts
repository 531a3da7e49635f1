// Sets the robots up at a running Presso and runs them until stopped: the organiser adds the robot baristas to the
// event's staff, opens the store if it was closed (and closes it again at the end), attendees sign in as guests.
// A stop (Ctrl-C or Stop in the console, or the time given) ends new orders; open ones are finished, or cancelled past a grace period.
import { setMaxListeners } from "node:events";
import { channels } from "../realtime/channels";
import { CodeDesk } from "./code-desk";
import { HttpSession, type Timings } from "./http-session";
import { pause } from "./pause";
import { canUseOtherLoopbackAddresses, loopbackAddressOf } from "./robot-addresses";
import { addRobotBarista, signInGuest, type RobotBarista } from "./robot-staff";
import { runAttendee } from "./robot-attendee";
import { Counter, runBarista } from "./robot-barista";
import { RobotTally } from "./robot-tally";
import type { RobotCrew } from "./robot-crew";

/** Where and how: the event's slug, the server's address, seconds between progress lines, and the crew. */
export type RobotsOptions = RobotCrew & { event: string; url: string; report: number };

type EventSettings = { id: string; slug: string; storeOpen: boolean; submitWindowSeconds: number; baristaWindowSeconds: number };

const firstNames = ["Ana", "Bruno", "Carla", "Dmitri", "Eun-ji", "Farah", "Gustavo", "Hana", "Ivo", "Jade", "Kofi", "Lena", "Mateus", "Nia", "Omar", "Priya"];

export type RobotsRun = {
  tally: RobotTally;
  /** Stops new orders; resolves once every robot has finished (open orders end or are cancelled after `graceMs`). */
  stop(graceMs?: number): Promise<void>;
  /** Resolves when the run is over (after a stop). */
  finished: Promise<void>;
};

/**
 * `organiser` is a signed-in organiser's session at `options.url`: the command line signs in with a password, the
 * console (console-robots.ts) hands over the session of the organiser who pressed Start.
 */
export async function startRobots(options: RobotsOptions, organiser: HttpSession, log: (line: string) => void = console.log): Promise<RobotsRun> {
  const timings: Timings = new Map();
  const event = await organiser.query<EventSettings>("admin.events.get", { slug: options.event });
  const runId = Date.now().toString(36);
  const tally = new RobotTally();
  const stopping = new AbortController();
  const closing = new AbortController();
  // Every robot waits on them.
  setMaxListeners(0, stopping.signal, closing.signal);

  const baristas: RobotBarista[] = [];
  for (let b = 0; b < options.baristas; b++) {
    const name = `Robot ${firstNames[b % firstNames.length]}`;
    baristas.push(await addRobotBarista(organiser, { slug: event.slug, email: `robot-${runId}-${b}@robots.presso.local`, name }, timings));
  }
  let openedByRobots = false;
  if (!event.storeOpen) {
    await organiser.mutate("board.setStoreOpen", { slug: event.slug, open: true });
    openedByRobots = true;
    log(`opened the store of ${event.slug} (it closes again when the robots stop)`);
  }

  const counter = new Counter(baristas.length > 0);
  const listening = baristas[0] && (await baristas[0].subscribe([channels.board(event.id)], () => counter.bell.ring()));
  const booth = {
    slug: event.slug,
    desk: new CodeDesk(organiser, event.slug),
    tally,
    submitWindowSeconds: event.submitWindowSeconds,
    baristaWindowSeconds: event.baristaWindowSeconds,
    pace: options.pace,
    counter,
    stopping: stopping.signal,
  };
  // On a loopback address of its own each robot is a phone of its own to the server's per-address limits; that
  // only makes sense when the server is on this machine.
  const ownAddresses = ["127.0.0.1", "localhost"].includes(new URL(options.url).hostname) && (await canUseOtherLoopbackAddresses());
  if (!ownAddresses && options.attendees > 20) log("robot attendees share one address: past 20 of them, the server's per-address limits will refuse some");
  const sessions: HttpSession[] = [];
  const attendees = Array.from({ length: options.attendees }, async (_, a) => {
    const session = new HttpSession(options.url, timings, ownAddresses ? { from: loopbackAddressOf(a) } : {});
    sessions.push(session);
    await signInGuest(session, `${firstNames[a % firstNames.length]} Robot ${a + 1}`, () => stopping.signal.aborted);
    await runAttendee(session, booth);
  });
  const attendeesDone = Promise.allSettled(attendees).then((results) => {
    for (const result of results) if (result.status === "rejected") tally.add("errors", String(result.reason));
  });
  const bar = { slug: event.slug, counter, tally, pace: options.pace, closing: closing.signal };
  const baristasDone = Promise.allSettled(baristas.map((session) => runBarista(session, bar)));

  const reporter = setInterval(() => log(tally.line()), options.report * 1000);
  log(`${options.attendees} robot attendees and ${baristas.length} robot baristas at ${event.slug} (${options.url})`);

  let stopped: Promise<void> | undefined;
  let finish: () => void = () => {};
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const stop = (graceMs = 60_000) =>
    (stopped ??= (async () => {
      stopping.abort();
      log("stopping: no new orders; open ones are finished");
      // Past the grace period, whatever is still open is cancelled at the board, with a reason people can read.
      const graceOver = new AbortController();
      const grace = pause(graceMs, graceOver.signal).then(async () => {
        if (graceOver.signal.aborted) return;
        for (const orderId of tally.open) {
          await organiser.mutate("board.cancel", { slug: event.slug, orderId, reason: "The robots stopped before this order was done." }).catch(() => {});
        }
      });
      await attendeesDone;
      for (const session of sessions) session.close();
      graceOver.abort();
      await grace;
      closing.abort();
      counter.bell.ring();
      await baristasDone;
      listening?.close();
      clearInterval(reporter);
      if (openedByRobots) await organiser.mutate("board.setStoreOpen", { slug: event.slug, open: false }).catch(() => {});
      // The robots leave the event's staff as they found it (their accounts cannot be signed into: nobody knows the passwords).
      for (const barista of baristas) await organiser.mutate("admin.staff.remove", { slug: event.slug, userId: barista.userId }).catch(() => {});
      log(tally.line());
      log(tally.summary());
      finish();
    })());

  if (options.minutes) void pause(options.minutes * 60_000, stopping.signal).then(() => stop());
  // Every attendee gave up by themselves (the event went away): the run is over.
  void attendeesDone.then(() => (options.attendees > 0 ? stop() : undefined));
  return { tally, stop, finished };
}
