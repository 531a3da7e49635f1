import { describe, expect, it } from "vitest";
import { parseReplayOptions } from "../replay/replay-options";
import { parseRobotsOptions } from "./robots-options";

describe("the robots' and the replay's command lines", () => {
  it("reads the robots' options in either spelling, with defaults for the rest", () => {
    expect(parseRobotsOptions(["--event", "demo", "--attendees=12", "--baristas", "3", "--minutes", "1.5"])).toEqual({
      event: "demo",
      attendees: 12,
      baristas: 3,
      minutes: 1.5,
      url: "http://127.0.0.1:3000",
      pace: 1,
      report: 10,
    });
    expect(parseRobotsOptions(["--event", "demo", "--url", "http://booth.local:3000/admin"]).url).toBe("http://booth.local:3000");
  });

  it("names the option that is wrong, and why, in plain words", () => {
    expect(() => parseRobotsOptions(["--attendees", "3"])).toThrow(/^--event: is required/);
    expect(() => parseRobotsOptions(["--event", "demo", "--attendees", "three"])).toThrow(/^--attendees: use a whole number from 0 to 500/);
    expect(() => parseRobotsOptions(["--event", "demo", "--baristas", "2.5"])).toThrow(/^--baristas: use a whole number from 0 to 20/);
    expect(() => parseRobotsOptions(["--event", "demo", "--atendees", "3"])).toThrow(/^unknown option --atendees \(known: --event, --attendees/);
    expect(() => parseRobotsOptions(["--event"])).toThrow(/^--event needs a value/);
    expect(() => parseRobotsOptions(["--event", "--attendees", "3"])).toThrow(/^--event needs a value/);
    expect(() => parseRobotsOptions(["demo"])).toThrow(/^unexpected "demo": options start with --/);
    expect(() => parseRobotsOptions(["--event", "demo", "--event", "other"])).toThrow("--event is given twice");
    expect(() => parseRobotsOptions(["--event", "demo", "--url", "ftp://booth"])).toThrow(/^--url: use the server's address/);
    expect(() => parseRobotsOptions(["--event", "demo", "--attendees", "0", "--baristas", "0"])).toThrow(/^--attendees: ask for at least one attendee or one barista/);
  });

  it("reads the replay's options: a speed from 1 to 100, 1 by default", () => {
    expect(parseReplayOptions(["--file", "day.jsonl", "--into", "rehearsal", "--speed", "20"])).toEqual({ file: "day.jsonl", into: "rehearsal", speed: 20, url: "http://127.0.0.1:3000" });
    expect(parseReplayOptions(["--file", "day.jsonl", "--into", "rehearsal"]).speed).toBe(1);
    expect(() => parseReplayOptions(["--file", "day.jsonl", "--into", "rehearsal", "--speed", "500"])).toThrow(/^--speed: use a number from 1 to 100/);
    expect(() => parseReplayOptions(["--into", "rehearsal"])).toThrow(/^--file: is required/);
    expect(() => parseReplayOptions(["--file", "day.jsonl", "--into", "Not A Slug!"])).toThrow(/^--into: /);
  });
});
