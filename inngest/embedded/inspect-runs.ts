import { z } from "zod";
import type { SqlPort } from "./ports";

/**
 * The run inspector's reads: runs with their steps, open and past waits, timings and outcome. It reads the
 * executor's tables through the same SQL port as the store, so it needs nothing of the app. Its filters are checked
 * here too, whoever calls it, by rules of its own (the app's edge applies the app's rules before).
 */

const runStatus = z.enum(["RUNNING", "COMPLETED", "FAILED", "CANCELLED"]);

/** A name a person typed into a filter: trimmed, whole characters only, no control character (PostgreSQL refuses a NUL). */
const filterName = z
  .string()
  .refine((value) => value.isWellFormed(), "contains a broken character")
  .transform((value) => value.normalize("NFC").trim())
  .pipe(
    z
      .string()
      .min(1, "cannot be blank")
      .max(120, "use at most 120 characters")
      .refine((value) => !/\p{Cc}/u.test(value), "cannot contain control characters"),
  );

export const listRunsInput = z
  .object({
    functionId: filterName.optional(),
    status: runStatus.optional(),
    /** Only runs waiting for this event right now (e2e tests wait for this before they act). */
    waitingFor: filterName.optional(),
    limit: z.number().int().min(1).max(500).default(50),
  })
  .strict();
export type ListRunsInput = z.input<typeof listRunsInput>;

/** Runs get UUIDs; seeds and tests use short readable ids. Nothing else reaches a query. */
export const getRunInput = z.object({ runId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "is not a run id") }).strict();

type RunStatus = z.infer<typeof runStatus>;
type WaitKind = "EVENT" | "SLEEP" | "RETRY" | "INVOKE";

/** A timestamp column as epoch milliseconds: the same number whichever driver answers (they differ on time zones). */
const ms = (column: string) => `(extract(epoch FROM ${column}) * 1000)::float8`;
const dateOf = (value: number | null) => (value === null ? null : new Date(value));

type ListedRow = {
  id: string;
  functionId: string;
  status: RunStatus;
  event: { name?: string; data?: unknown };
  startedAt: number;
  endedAt: number | null;
  steps: number;
  openWaits: { kind: WaitKind; name: string; eventName: string | null; wakeAt: number | null }[];
};

export async function listRuns(sql: SqlPort, input: ListRunsInput) {
  const { functionId, status, waitingFor, limit } = listRunsInput.parse(input);
  const params: unknown[] = [];
  const where: string[] = [];
  const param = (value: unknown, type: string) => `$${params.push(value)}::${type}`;
  if (functionId) where.push(`r."functionId" = ${param(functionId, "text")}`);
  // Waiting for an event means running, whatever status was asked for.
  const wanted = waitingFor ? "RUNNING" : status;
  if (wanted) where.push(`r.status = ${param(wanted, `engine."EngineRunStatus"`)}`);
  if (waitingFor) {
    where.push(`EXISTS (SELECT 1 FROM engine."EngineWait" w WHERE w."runId" = r.id AND w.kind = 'EVENT'
      AND w."eventName" = ${param(waitingFor, "text")} AND w."resolvedAt" IS NULL)`);
  }
  const rows = await sql.query<ListedRow>(
    `SELECT r.id, r."functionId", r.status, r.event, ${ms(`r."startedAt"`)} AS "startedAt", ${ms(`r."endedAt"`)} AS "endedAt",
       (SELECT count(*)::int FROM engine."EngineStep" s WHERE s."runId" = r.id) AS steps,
       coalesce((SELECT json_agg(json_build_object('kind', w.kind, 'name', w.name, 'eventName', w."eventName", 'wakeAt', ${ms(`w."wakeAt"`)})
                        ORDER BY w."createdAt", w.id)
                 FROM engine."EngineWait" w WHERE w."runId" = r.id AND w."resolvedAt" IS NULL), '[]'::json) AS "openWaits"
     FROM engine."EngineRun" r ${where.length > 0 ? `WHERE ${where.join(" AND ")}` : ""}
     ORDER BY r."startedAt" DESC LIMIT ${param(limit, "int")}`,
    params,
  );
  return rows.map((run) => ({
    id: run.id,
    functionId: run.functionId,
    status: run.status,
    trigger: run.event,
    startedAt: new Date(run.startedAt),
    endedAt: dateOf(run.endedAt),
    durationMs: run.endedAt === null ? null : run.endedAt - run.startedAt,
    steps: run.steps,
    waitingFor: run.openWaits.map((w) => ({ kind: w.kind, name: w.name, eventName: w.eventName, until: dateOf(w.wakeAt) })),
  }));
}

type RunDetailRow = {
  id: string;
  functionId: string;
  eventId: string;
  event: unknown;
  status: RunStatus;
  output: unknown;
  error: unknown;
  attempt: number;
  maxAttempts: number;
  parallel: boolean;
  parentRunId: string | null;
  parentStepId: string | null;
  startedAt: number;
  endedAt: number | null;
  steps: { name: string; op: string; result: unknown; startedAt: number; endedAt: number }[];
  waits: {
    kind: WaitKind;
    name: string;
    eventName: string | null;
    expression: string | null;
    createdAt: number;
    wakeAt: number | null;
    resolvedAt: number | null;
    resolution: string | null;
  }[];
};

export async function getRun(sql: SqlPort, runId: string) {
  const rows = await sql.query<RunDetailRow>(
    `SELECT r.id, r."functionId", r."eventId", r.event, r.status, r.output, r.error, r.attempt, r."maxAttempts", r.parallel,
       r."parentRunId", r."parentStepId", ${ms(`r."startedAt"`)} AS "startedAt", ${ms(`r."endedAt"`)} AS "endedAt",
       coalesce((SELECT json_agg(json_build_object('name', s.name, 'op', s.op, 'result', s.result,
                          'startedAt', ${ms(`s."startedAt"`)}, 'endedAt', ${ms(`s."endedAt"`)}) ORDER BY s.seq)
                 FROM engine."EngineStep" s WHERE s."runId" = r.id), '[]'::json) AS steps,
       coalesce((SELECT json_agg(json_build_object('kind', w.kind, 'name', w.name, 'eventName', w."eventName", 'expression', w.expression,
                          'createdAt', ${ms(`w."createdAt"`)}, 'wakeAt', ${ms(`w."wakeAt"`)}, 'resolvedAt', ${ms(`w."resolvedAt"`)},
                          'resolution', w.resolution) ORDER BY w."createdAt", w.id)
                 FROM engine."EngineWait" w WHERE w."runId" = r.id), '[]'::json) AS waits
     FROM engine."EngineRun" r WHERE r.id = $1::text`,
    [runId],
  );
  const run = rows[0];
  if (!run) return null;
  return {
    ...run,
    startedAt: new Date(run.startedAt),
    endedAt: dateOf(run.endedAt),
    steps: run.steps.map((s) => ({ name: s.name, op: s.op, result: s.result, startedAt: new Date(s.startedAt), endedAt: new Date(s.endedAt) })),
    waits: run.waits.map((w) => ({
      kind: w.kind,
      name: w.name,
      eventName: w.eventName,
      expression: w.expression,
      createdAt: new Date(w.createdAt),
      wakeAt: dateOf(w.wakeAt),
      resolvedAt: dateOf(w.resolvedAt),
      resolution: w.resolution,
    })),
  };
}
