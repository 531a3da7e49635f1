import { z } from "zod";

/**
 * The organiser's views of the backbone. Run triggers, step results, outputs and journal data are the catalogued
 * events' own JSON (organisers only); the columns around them are listed here.
 */

const runStatus = z.enum(["RUNNING", "COMPLETED", "FAILED", "CANCELLED"]);
const waitKind = z.enum(["EVENT", "SLEEP", "RETRY", "INVOKE"]);

/** One line of the runs table: function, trigger, status, timing, step count and what it is waiting for. */
export const runSummary = z.object({
  id: z.string(),
  functionId: z.string(),
  status: runStatus,
  trigger: z.object({ name: z.string().optional(), data: z.unknown().optional() }),
  startedAt: z.date(),
  endedAt: z.date().nullable(),
  durationMs: z.number().nullable(),
  steps: z.number().int(),
  waitingFor: z.array(z.object({ kind: waitKind, name: z.string(), eventName: z.string().nullable(), until: z.date().nullable() })),
});

export const runList = z.array(runSummary);

/** One run's page: its trigger, state, steps, waits and outcome. */
export const runDetail = z.object({
  id: z.string(),
  functionId: z.string(),
  eventId: z.string(),
  event: z.unknown(),
  status: runStatus,
  output: z.unknown(),
  error: z.unknown(),
  attempt: z.number().int(),
  maxAttempts: z.number().int(),
  parallel: z.boolean(),
  parentRunId: z.string().nullable(),
  parentStepId: z.string().nullable(),
  startedAt: z.date(),
  endedAt: z.date().nullable(),
  steps: z.array(z.object({ name: z.string(), op: z.string(), result: z.unknown(), startedAt: z.date(), endedAt: z.date() })),
  waits: z.array(
    z.object({
      kind: waitKind,
      name: z.string(),
      eventName: z.string().nullable(),
      expression: z.string().nullable(),
      createdAt: z.date(),
      wakeAt: z.date().nullable(),
      resolvedAt: z.date().nullable(),
      resolution: z.string().nullable(),
    }),
  ),
});

/** The self-test's id, to find its run. */
export const selfTestStarted = z.object({ testId: z.string() });

/** The journal table: when, which catalogued event and version, from which service, and its data. */
export const journal = z.array(
  z.object({
    id: z.string(),
    name: z.string(),
    version: z.number().int(),
    occurredAt: z.date(),
    source: z.string(),
    data: z.unknown(),
  }),
);

/** A day of one event's journal to download: its file name and its JSON lines. */
export const journalFile = z.object({ filename: z.string(), lines: z.string() });
