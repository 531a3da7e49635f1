// What the robots did, counted as it happens: a progress line per interval (what changed since the last one) and
// a summary at the end, with the orders still open (none once the robots have stopped cleanly).

export const tallyKeys = ["started", "submitted", "made", "pickedUp", "cancelled", "timedOut", "refused", "errors"] as const;
export type TallyKey = (typeof tallyKeys)[number];

const labels: Record<TallyKey, string> = {
  started: "started",
  submitted: "submitted",
  made: "made",
  pickedUp: "picked up",
  cancelled: "cancelled",
  timedOut: "timed out",
  refused: "refused",
  errors: "errors",
};

export class RobotTally {
  readonly counts = Object.fromEntries(tallyKeys.map((key) => [key, 0])) as Record<TallyKey, number>;
  private reported = { ...this.counts };
  readonly open = new Set<string>();
  readonly problems: string[] = [];
  private startedAt = Date.now();

  add(key: TallyKey, problem?: string) {
    this.counts[key]++;
    if (problem && this.problems.length < 20) this.problems.push(problem);
  }

  /** "[01:20] started 4 (+2) · submitted 3 (+1) · …", then how many orders are open now. */
  line(now = Date.now()): string {
    const seconds = Math.round((now - this.startedAt) / 1000);
    const clock = `${String(Math.floor(seconds / 60)).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
    const parts = tallyKeys.map((key) => {
      const delta = this.counts[key] - this.reported[key];
      return `${labels[key]} ${this.counts[key]}${delta ? ` (+${delta})` : ""}`;
    });
    this.reported = { ...this.counts };
    return `[${clock}] ${parts.join(" · ")} · open ${this.open.size}`;
  }

  summary(): string {
    return [
      `robots: ${tallyKeys.map((key) => `${labels[key]} ${this.counts[key]}`).join(", ")}`,
      `orders started ${this.counts.started}, left open ${this.open.size}`,
      ...(this.problems.length ? ["first problems:", ...this.problems.map((problem) => `  ${problem}`)] : []),
    ].join("\n");
  }
}
