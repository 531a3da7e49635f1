"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useState, type FormEvent } from "react";
import type { AppRouter } from "@/server/trpc/root";
import { useTRPC } from "../../../trpc-client";
import styles from "./robots.module.css";

type RobotsRun = inferRouterOutputs<AppRouter>["admin"]["robots"]["status"];
type RunState = NonNullable<RobotsRun["run"]>["state"];

const stateText: Record<RunState, string> = {
  starting: "Setting up",
  running: "At work",
  stopping: "Stopping: open orders are being finished",
  stopped: "Stopped",
  failed: "Could not start",
};

const countLabels = [
  ["started", "Orders started"],
  ["submitted", "Submitted"],
  ["made", "Made"],
  ["pickedUp", "Picked up"],
  ["cancelled", "Cancelled"],
  ["timedOut", "Timed out"],
  ["refused", "Refused"],
  ["errors", "Errors"],
] as const;

const paces = [
  { value: 1, label: "As people do" },
  { value: 0.5, label: "Twice as quick" },
  { value: 0.1, label: "Ten times as quick" },
  { value: 0.02, label: "Fifty times as quick (load rehearsal)" },
];

/** Re-read while robots are at work: the counts move every few seconds, and Stop takes as long as open orders do. */
const rereadWhileBusyMs = 1000;

/**
 * Simulated attendees and baristas at this event, for a demo or a load rehearsal before the doors open: started
 * and stopped here when this server is a booth server (embedded mode), else the command to run them.
 */
export function RobotsSection({ slug, initial }: { slug: string; initial: RobotsRun }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const statusQuery = trpc.admin.robots.status.queryOptions({ slug });
  const status = useQuery({
    ...statusQuery,
    initialData: initial,
    refetchInterval: (query) => (isBusy(query.state.data?.run?.state) ? rereadWhileBusyMs : false),
  }).data;
  const show = (next: RobotsRun) => queryClient.setQueryData(statusQuery.queryKey, next);
  const start = useMutation(trpc.admin.robots.start.mutationOptions({ onSuccess: show }));
  const stop = useMutation(trpc.admin.robots.stop.mutationOptions({ onSuccess: show }));
  const [pace, setPace] = useState(1);
  const errors = start.error?.data?.zodError?.fieldErrors ?? {};

  if (!status.available) {
    return (
      <p>
        Robots start here on a booth server (embedded mode). Elsewhere, run them from a terminal:{" "}
        <code>npm run robots -- --event {slug} --attendees 5 --baristas 2 --url https://your-presso</code>
      </p>
    );
  }

  function submit(formEvent: FormEvent<HTMLFormElement>) {
    formEvent.preventDefault();
    const form = new FormData(formEvent.currentTarget);
    const minutes = String(form.get("minutes") ?? "").trim();
    start.mutate({
      slug,
      crew: { attendees: Number(form.get("attendees")), baristas: Number(form.get("baristas")), pace, ...(minutes ? { minutes: Number(minutes) } : {}) },
    });
  }

  const run = status.run;
  const busy = isBusy(run?.state);
  return (
    <div className="stack">
      {run && (
        <div className="card stack" aria-label="Robots">
          <p>
            <strong>{stateText[run.state]}</strong>: {run.crew.attendees} attendees and {run.crew.baristas} baristas, started by {run.startedBy}.
          </p>
          <dl className={styles.counts} aria-label="What the robots did">
            {countLabels.map(([key, label]) => (
              <div key={key} className={styles.count}>
                <dt>{label}</dt>
                <dd>{run.counts[key]}</dd>
              </div>
            ))}
            <div className={styles.count}>
              <dt>Open now</dt>
              <dd>{run.open}</dd>
            </div>
          </dl>
          {run.problems.length > 0 && (
            <details>
              <summary>What went wrong ({run.problems.length})</summary>
              <ul>
                {run.problems.map((problem, index) => (
                  <li key={index}>{problem}</li>
                ))}
              </ul>
            </details>
          )}
          {busy && (
            <button type="button" onClick={() => stop.mutate({ slug })} disabled={run.state !== "running" || stop.isPending}>
              Stop the robots
            </button>
          )}
          {stop.error && <p className="error">{stop.error.message}</p>}
        </div>
      )}
      {!busy && (
        <form className="card stack" onSubmit={submit} aria-label="Start robots" noValidate>
          <p className="hint">
            Robot attendees sign in as guests and order as people do; robot baristas join this event&apos;s staff for the run and make,
            hand over and (past 30 s after Stop) cancel what is open. They open the store if it is closed and close it again when they
            stop. Their orders count in this event&apos;s figures and journal: rehearse on a copy of the event (Clone, below).
          </p>
          <label>
            Robot attendees
            <input name="attendees" type="number" inputMode="numeric" min={0} max={500} step={1} defaultValue={run?.crew.attendees ?? 5} required />
            {errors["crew.attendees"] && <span className="error">{errors["crew.attendees"].join(", ")}</span>}
          </label>
          <label>
            Robot baristas
            <input name="baristas" type="number" inputMode="numeric" min={0} max={20} step={1} defaultValue={run?.crew.baristas ?? 2} required />
            {errors["crew.baristas"] && <span className="error">{errors["crew.baristas"].join(", ")}</span>}
          </label>
          <label>
            How quick
            <select name="pace" value={pace} onChange={(event) => setPace(Number(event.target.value))}>
              {paces.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Stop by themselves after (minutes, optional)
            <input name="minutes" type="number" inputMode="decimal" min={0.05} max={1440} step="any" />
            {errors["crew.minutes"] && <span className="error">{errors["crew.minutes"].join(", ")}</span>}
          </label>
          {start.error && !start.error.data?.zodError && <p className="error">{start.error.message}</p>}
          <button type="submit" disabled={start.isPending}>
            {start.isPending ? "Starting…" : "Start robots"}
          </button>
        </form>
      )}
    </div>
  );
}

function isBusy(state: RunState | undefined): boolean {
  return state === "starting" || state === "running" || state === "stopping";
}
