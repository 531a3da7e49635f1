import { createServer, type Server } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, RefusedError } from "../errors";
import { robotsStatus, startConsoleRobots, stopConsoleRobots, type RobotsHost } from "./console-robots";

// The robots at work against a real server are in e2e/console-robots.spec.ts; here, what the console is told
// before and around that: where they cannot run, a server that does not answer, and Stop with nothing running.

const organiser = { id: "organiser-1", name: "Olga Organiser" };
const crew = { attendees: 1, baristas: 1, pace: 1 };
let closedPort: number;
let listener: Server;

beforeAll(async () => {
  // A port that was just free: nothing answers there, as when the server's own address is wrong.
  listener = createServer();
  await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
  closedPort = (listener.address() as AddressInfo).port;
  await new Promise<void>((resolve) => listener.close(() => resolve()));
});
afterAll(() => listener.close());

const host = (available = true): RobotsHost => ({ available, port: closedPort, secret: "a-test-secret-of-thirty-two-characters" });

describe("robots from the console", () => {
  it("are refused where no long-lived server would keep them going, with what to do instead", async () => {
    const refusal = await startConsoleRobots(host(false), { slug: "serverless", crew, organiser }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(RefusedError);
    expect((refusal as Error).message).toMatch(/npm run robots/);
    expect(robotsStatus(host(false), "serverless")).toEqual({ available: false, run: null });
  });

  it("that cannot reach the server end as failed, say why, and may be started again", async () => {
    const status = await startConsoleRobots(host(), { slug: "unreachable", crew, organiser });
    expect(status.run).toMatchObject({ state: "failed", startedBy: "Olga Organiser", open: 0, crew });
    expect(status.run!.problems).toHaveLength(1);
    expect(status.run!.lines.at(-1)).toMatch(/^the robots could not start: /);
    const again = await startConsoleRobots(host(), { slug: "unreachable", crew: { ...crew, attendees: 2 }, organiser });
    expect(again.run).toMatchObject({ state: "failed", crew: { attendees: 2 } });
  });

  it("are told apart by event, and a second Start while the first is setting up is refused", async () => {
    const first = startConsoleRobots(host(), { slug: "busy", crew, organiser });
    await expect(startConsoleRobots(host(), { slug: "busy", crew, organiser })).rejects.toBeInstanceOf(ConflictError);
    expect(robotsStatus(host(), "elsewhere").run).toBeNull();
    await first;
  });

  it("Stop with no robots at work changes nothing", () => {
    expect(stopConsoleRobots(host(), "never-started")).toEqual({ available: true, run: null });
    expect(stopConsoleRobots(host(), "unreachable").run?.state).toBe("failed");
  });
});
