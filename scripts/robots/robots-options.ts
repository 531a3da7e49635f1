// The robots' command line: npm run robots -- --event <slug> --attendees N --baristas M [--url …] [--minutes K]
import { z } from "zod";
import { slug } from "../../server/shared/event-slug";
import { numberBetween, parseFlags, serverUrl, wholeNumber } from "../rush/cli-flags";

export const robotsUsage =
  "usage: npm run robots -- --event <slug> --attendees <N> --baristas <M> [--url http://127.0.0.1:3000] [--minutes <K>] [--pace <factor>] [--report <seconds>]";

const robotsFlags = z
  .object({
    event: slug,
    attendees: wholeNumber(0, 500).default(5),
    baristas: wholeNumber(0, 20).default(2),
    url: serverUrl.default("http://127.0.0.1:3000"),
    /** Stops by itself after this long (as Ctrl-C does); without it the robots run until Ctrl-C. */
    minutes: numberBetween(0.05, 24 * 60).optional(),
    /** Multiplies every think time: 0.1 makes the robots ten times quicker than people (tests, load rehearsals). */
    pace: numberBetween(0.01, 10).default(1),
    /** Seconds between progress lines. */
    report: numberBetween(1, 3600).default(10),
  })
  .strict()
  .refine((flags) => flags.attendees + flags.baristas > 0, { path: ["attendees"], message: "ask for at least one attendee or one barista" });

export type RobotsOptions = z.infer<typeof robotsFlags>;

export const parseRobotsOptions = (argv: string[]): RobotsOptions => parseFlags(argv, robotsFlags, robotsUsage);
