// Robots started from the organiser's console: the same robots as `npm run robots`, run inside the booth server
// itself. They reach the app as any browser does, through HTTP on this server's own loopback address (never an
// address a request names), so every tap they make passes the same checks as a person's. They act as the
// organiser who pressed Start: the server seals that organiser's session cookie for them (the cookie next-auth
// would write), so no password is asked for or kept; the robot baristas get accounts with passwords made and
// forgotten here (robot-staff.ts), and leave the staff list when the robots stop.
import { ConflictError, RefusedError } from "../errors";
import { sessionCookieOf } from "../auth/guest-session";
import { HttpSession } from "./http-session";
import type { RobotCrew } from "./robot-crew";
import { tallyKeys, type TallyKey } from "./robot-tally";
import { startRobots, type RobotsRun } from "./run-robots";

export type RobotsState = "starting" | "running" | "stopping" | "stopped" | "failed";

type ConsoleRun = {
  slug: string;
  crew: RobotCrew;
  startedBy: string;
  startedAt: Date;
  state: RobotsState;
  /** The last progress lines, newest last. */
  lines: string[];
  run?: RobotsRun;
  failure?: string;
};

/** What the console shows: the last run at this event (running or over), or none since the server started. */
export type RobotsStatus = {
  available: boolean;
  run: null | {
    state: RobotsState;
    crew: RobotCrew;
    startedBy: string;
    startedAt: Date;
    counts: Record<TallyKey, number>;
    open: number;
    lines: string[];
    problems: string[];
  };
};

/** Where the robots run: a long-lived booth server only (on serverless functions nothing would keep them going). */
export type RobotsHost = { available: boolean; port: number; secret: string };

const keptLines = 12;
const holder = globalThis as typeof globalThis & { __pressoConsoleRobots?: Map<string, ConsoleRun> };
// One map per process, kept across Next.js's module reloads in development, so Stop finds what Start began.
const runs = (holder.__pressoConsoleRobots ??= new Map());

const unavailable = "Robots run from the console on a booth server (embedded mode) only; elsewhere use npm run robots.";

export async function startConsoleRobots(host: RobotsHost, input: { slug: string; crew: RobotCrew; organiser: { id: string; name: string } }): Promise<RobotsStatus> {
  if (!host.available) throw new RefusedError(unavailable, "robots-unavailable");
  const current = runs.get(input.slug);
  if (current && (current.state === "starting" || current.state === "running" || current.state === "stopping")) {
    throw new ConflictError("Robots are already at work at this event: stop them first.");
  }
  const entry: ConsoleRun = { slug: input.slug, crew: input.crew, startedBy: input.organiser.name, startedAt: new Date(), state: "starting", lines: [] };
  runs.set(input.slug, entry);
  const log = (line: string) => {
    entry.lines.push(line);
    if (entry.lines.length > keptLines) entry.lines.splice(0, entry.lines.length - keptLines);
  };
  const url = `http://127.0.0.1:${host.port}`;
  try {
    const organiser = new HttpSession(url, new Map());
    const cookie = await sessionCookieOf({ id: input.organiser.id, name: input.organiser.name, kind: "STAFF" }, { headers: {}, secret: host.secret });
    organiser.useCookie(cookie.name, cookie.value);
    entry.run = await startRobots({ ...input.crew, event: input.slug, url, report: 5 }, organiser, log);
  } catch (error) {
    entry.state = "failed";
    entry.failure = (error as Error).message;
    log(`the robots could not start: ${entry.failure}`);
    return robotsStatus(host, input.slug);
  }
  entry.state = "running";
  void entry.run.finished.then(() => {
    entry.state = "stopped";
  });
  return robotsStatus(host, input.slug);
}

/**
 * Stop: no new orders; open ones are finished, or cancelled at the board after `graceMs`. Answers at once. Robots
 * already stopping or stopped stay so (Stop pressed twice, or in two tabs, is one stop).
 */
export function stopConsoleRobots(host: RobotsHost, slug: string, graceMs = 30_000): RobotsStatus {
  const entry = runs.get(slug);
  if (entry?.run && entry.state === "running") {
    entry.state = "stopping";
    void entry.run.stop(graceMs);
  }
  return robotsStatus(host, slug);
}

export function robotsStatus(host: RobotsHost, slug: string): RobotsStatus {
  const entry = runs.get(slug);
  if (!entry) return { available: host.available, run: null };
  const tally = entry.run?.tally;
  return {
    available: host.available,
    run: {
      state: entry.state,
      crew: entry.crew,
      startedBy: entry.startedBy,
      startedAt: entry.startedAt,
      counts: tally ? { ...tally.counts } : (Object.fromEntries(tallyKeys.map((key) => [key, 0])) as Record<TallyKey, number>),
      open: tally?.open.size ?? 0,
      lines: [...entry.lines],
      problems: [...(tally?.problems ?? []), ...(entry.failure ? [entry.failure] : [])],
    },
  };
}
