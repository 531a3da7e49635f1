// How many robots, how quick, for how long: the bounds the command line (npm run robots) and the console share.
import { z } from "zod";

export const crewBounds = {
  attendees: { min: 0, max: 500 },
  baristas: { min: 0, max: 20 },
  /** Multiplies every think time: 0.1 makes the robots ten times quicker than people (tests, load rehearsals). */
  pace: { min: 0.01, max: 10 },
  /** Stops by itself after this long; without it the robots run until stopped. */
  minutes: { min: 0.05, max: 24 * 60 },
} as const;

export const atLeastOneRobot = { path: ["attendees"], message: "ask for at least one attendee or one barista" };

/** The console's form: numbers as JSON sends them, each with its bounds said in plain words. */
const whole = (name: keyof typeof crewBounds) => {
  const { min, max } = crewBounds[name];
  const message = `use a whole number from ${min} to ${max}`;
  return z.number({ message }).int(message).min(min, message).max(max, message);
};
const between = (name: keyof typeof crewBounds) => {
  const { min, max } = crewBounds[name];
  const message = `use a number from ${min} to ${max}`;
  return z.number({ message }).min(min, message).max(max, message);
};

export const robotCrew = z
  .object({ attendees: whole("attendees"), baristas: whole("baristas"), pace: between("pace").default(1), minutes: between("minutes").optional() })
  .strict()
  .refine((crew) => crew.attendees + crew.baristas > 0, atLeastOneRobot);

export type RobotCrew = z.infer<typeof robotCrew>;
