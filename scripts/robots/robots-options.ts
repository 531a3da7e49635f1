// The robots' command line: npm run robots -- --event <slug> --attendees N --baristas M [--url …] [--minutes K]
import { z } from "zod";
import { slug } from "../../server/shared/event-slug";
import { atLeastOneRobot, crewBounds } from "../../server/robots/robot-crew";
import { numberBetween, parseFlags, serverUrl, wholeNumber } from "../rush/cli-flags";

export const robotsUsage =
  "usage: npm run robots -- --event <slug> --attendees <N> --baristas <M> [--url http://127.0.0.1:3000] [--minutes <K>] [--pace <factor>] [--report <seconds>]";

const robotsFlags = z
  .object({
    event: slug,
    attendees: wholeNumber(crewBounds.attendees.min, crewBounds.attendees.max).default(5),
    baristas: wholeNumber(crewBounds.baristas.min, crewBounds.baristas.max).default(2),
    url: serverUrl.default("http://127.0.0.1:3000"),
    minutes: numberBetween(crewBounds.minutes.min, crewBounds.minutes.max).optional(),
    pace: numberBetween(crewBounds.pace.min, crewBounds.pace.max).default(1),
    /** Seconds between progress lines. */
    report: numberBetween(1, 3600).default(10),
  })
  .strict()
  .refine((flags) => flags.attendees + flags.baristas > 0, atLeastOneRobot);

export type RobotsOptions = z.infer<typeof robotsFlags>;

export const parseRobotsOptions = (argv: string[]): RobotsOptions => parseFlags(argv, robotsFlags, robotsUsage);
