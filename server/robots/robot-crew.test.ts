import { describe, expect, it } from "vitest";
import { robotCrew } from "./robot-crew";

describe("the console's robot crew", () => {
  it("takes whole numbers of robots, a pace and a time limit, with a pace of people by default", () => {
    expect(robotCrew.parse({ attendees: 3, baristas: 1 })).toEqual({ attendees: 3, baristas: 1, pace: 1 });
    expect(robotCrew.parse({ attendees: 0, baristas: 2, pace: 0.1, minutes: 0.5 })).toEqual({ attendees: 0, baristas: 2, pace: 0.1, minutes: 0.5 });
  });

  it("says what is wrong, and with which field, in plain words", () => {
    const problems = (crew: unknown) => robotCrew.safeParse(crew).error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    expect(problems({ attendees: 2.5, baristas: 1 })).toEqual(["attendees: use a whole number from 0 to 500"]);
    expect(problems({ attendees: 1, baristas: 21 })).toEqual(["baristas: use a whole number from 0 to 20"]);
    expect(problems({ attendees: 1, baristas: 1, pace: 0 })).toEqual(["pace: use a number from 0.01 to 10"]);
    expect(problems({ attendees: 1, baristas: 1, minutes: 0.01 })).toEqual(["minutes: use a number from 0.05 to 1440"]);
    expect(problems({ attendees: 0, baristas: 0 })).toEqual(["attendees: ask for at least one attendee or one barista"]);
    expect(problems({ attendees: 1, baristas: 1, speed: 2 })).toHaveLength(1);
  });
});
