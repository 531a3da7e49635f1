import { randomUUID } from "node:crypto";
import type { SqlPort } from "./ports";

/**
 * The executor's reads and writes, as plain SQL on the driver: it is the hot path of every step (Prisma's query
 * layer costs about three times as much per query here). Each change of state is one statement, so it is atomic
 * without a transaction, and conditional where two paths may race (a wait resolves once). Timestamps are UTC, as
 * Prisma writes them.
 */

const NOW = `(now() AT TIME ZONE 'utc')`;

export type StoredEvent = { id: string; name: string; data: Record<string, unknown>; ts: number; v?: string };
export type StepResult = { data: unknown } | { error: unknown };

export type RunRow = {
  id: string;
  functionId: string;
  event: StoredEvent;
  status: "RUNNING" | "COMPLETED" | "FAILED" | "CANCELLED";
  attempt: number;
  maxAttempts: number;
  parallel: boolean;
  steps: { stepId: string; result: unknown }[];
  openWaits: { stepId: string; kind: WaitKind }[];
};

export type WaitKind = "EVENT" | "SLEEP" | "RETRY" | "INVOKE";

export type WaitRow = {
  id: string;
  runId: string;
  stepId: string;
  kind: WaitKind;
  name: string;
  expression: string | null;
  eventName: string | null;
  matchPath: string | null;
  matchValue: string | null;
  runEvent: StoredEvent;
  runStatus: string;
};

/** An event's value at a wait's `match` path, as JSON text (how waits store the value they wait for). */
export type WaitKey = { eventName: string; path: string; value: string };

export type NewRun = {
  functionId: string;
  eventId: string;
  event: StoredEvent;
  maxAttempts: number;
  parentRunId?: string;
  parentStepId?: string;
};

/** A run's key in `createRuns`'s answer: one run per event and function. */
export const runKey = (run: { eventId: string; functionId: string }) => `${run.eventId}\u0000${run.functionId}`;

const WAIT_COLUMNS = `w.id, w."runId", w."stepId", w.kind, w.name, w.expression, w."eventName", w."matchPath", w."matchValue",
  r.event AS "runEvent", r.status AS "runStatus"`;

export type NewWait = {
  runId: string;
  stepId: string;
  kind: WaitKind;
  name: string;
  eventName?: string | null;
  expression?: string | null;
  matchPath?: string | null;
  matchValue?: string | null;
  childRunId?: string | null;
  wakeAt?: number | null;
};

const toTimestamp = (ms: number | null | undefined) => (ms == null ? null : new Date(ms).toISOString());

export class EngineStore {
  constructor(private readonly sql: SqlPort) {}

  /** Stores an event once by id; false when that id was seen before. */
  async insertEvent(event: StoredEvent): Promise<boolean> {
    const rows = await this.sql.query(
      `INSERT INTO engine."EngineEvent" (id, name, payload, "receivedAt") VALUES ($1, $2, $3::jsonb, ${NOW})
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [event.id, event.name, JSON.stringify(event)],
    );
    return rows.length === 1;
  }

  async markDispatched(eventIds: string[]): Promise<void> {
    await this.sql.query(`UPDATE engine."EngineEvent" SET "dispatchedAt" = ${NOW} WHERE id = ANY($1::text[])`, [eventIds]);
  }

  async undispatchedEvents(): Promise<StoredEvent[]> {
    const rows = await this.sql.query<{ payload: StoredEvent }>(
      `SELECT payload FROM engine."EngineEvent" WHERE "dispatchedAt" IS NULL ORDER BY "receivedAt", id`,
    );
    return rows.map((r) => r.payload);
  }

  /** Creates a run once per (event, function); null when it exists already. */
  async createRun(run: NewRun): Promise<string | null> {
    return (await this.createRuns([run])).get(runKey(run)) ?? null;
  }

  /**
   * Creates the runs of a batch of events in one statement, each once per (event, function). Returns the ids of
   * the runs made now, keyed by `runKey` (a run that existed already is left out).
   */
  async createRuns(runs: NewRun[]): Promise<Map<string, string>> {
    const rows = await this.sql.query<{ id: string; eventId: string; functionId: string }>(
      `INSERT INTO engine."EngineRun" (id, "functionId", "eventId", event, "maxAttempts", "parentRunId", "parentStepId", "startedAt")
       SELECT id, "functionId", "eventId", event, "maxAttempts", "parentRunId", "parentStepId", ${NOW}
       FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::int[], $6::text[], $7::text[])
         AS t(id, "functionId", "eventId", event, "maxAttempts", "parentRunId", "parentStepId")
       ON CONFLICT ("eventId", "functionId") DO NOTHING RETURNING id, "eventId", "functionId"`,
      [
        runs.map(() => randomUUID()),
        runs.map((r) => r.functionId),
        runs.map((r) => r.eventId),
        runs.map((r) => JSON.stringify(r.event)),
        runs.map((r) => r.maxAttempts),
        runs.map((r) => r.parentRunId ?? null),
        runs.map((r) => r.parentStepId ?? null),
      ],
    );
    return new Map(rows.map((row) => [runKey(row), row.id]));
  }

  /** A run with its recorded steps (in completion order) and its open waits, in one round trip. */
  async loadRun(runId: string): Promise<RunRow | null> {
    const rows = await this.sql.query<RunRow>(
      `SELECT r.id, r."functionId", r.event, r.status, r.attempt, r."maxAttempts", r.parallel,
         coalesce((SELECT json_agg(json_build_object('stepId', s."stepId", 'result', s.result) ORDER BY s.seq)
                   FROM engine."EngineStep" s WHERE s."runId" = r.id), '[]'::json) AS steps,
         coalesce((SELECT json_agg(json_build_object('stepId', w."stepId", 'kind', w.kind))
                   FROM engine."EngineWait" w WHERE w."runId" = r.id AND w."resolvedAt" IS NULL), '[]'::json) AS "openWaits"
       FROM engine."EngineRun" r WHERE r.id = $1`,
      [runId],
    );
    return rows[0] ?? null;
  }

  async runningRunIds(functionId?: string): Promise<{ id: string; event: StoredEvent }[]> {
    return this.sql.query(
      `SELECT id, event FROM engine."EngineRun" WHERE status = 'RUNNING'${functionId ? ` AND "functionId" = $1` : ""}`,
      functionId ? [functionId] : [],
    );
  }

  /** Records a step's result once; its place in the replay order is taken in the same statement. */
  async recordStep(runId: string, stepId: string, name: string, op: string, result: StepResult): Promise<void> {
    await this.sql.query(
      `INSERT INTO engine."EngineStep" ("runId", "stepId", name, op, result, seq, "startedAt", "endedAt")
       SELECT $1, $2, $3, $4, $5::jsonb, coalesce((SELECT max(seq) + 1 FROM engine."EngineStep" WHERE "runId" = $1), 0), ${NOW}, ${NOW}
       ON CONFLICT ("runId", "stepId") DO NOTHING`,
      [runId, stepId, name, op, JSON.stringify(result)],
    );
  }

  async createWait(wait: NewWait): Promise<void> {
    await this.sql.query(
      `INSERT INTO engine."EngineWait" (id, "runId", "stepId", kind, name, "eventName", expression, "matchPath", "matchValue", "childRunId", "wakeAt", "createdAt")
       VALUES ($1, $2, $3, $4::engine."EngineWaitKind", $5, $6, $7, $8, $9, $10, $11::timestamp, ${NOW})`,
      [
        randomUUID(),
        wait.runId,
        wait.stepId,
        wait.kind,
        wait.name,
        wait.eventName ?? null,
        wait.expression ?? null,
        wait.matchPath ?? null,
        wait.matchValue ?? null,
        wait.childRunId ?? null,
        toTimestamp(wait.wakeAt),
      ],
    );
  }

  /** Which event names open waits wait for, and by which `match` paths (null: a general CEL condition). */
  async waitedEvents(): Promise<{ eventName: string; matchPath: string | null }[]> {
    return this.sql.query(
      `SELECT DISTINCT "eventName", "matchPath" FROM engine."EngineWait" WHERE "resolvedAt" IS NULL AND kind = 'EVENT'`,
    );
  }

  /**
   * The open waits a batch of events may resume, oldest first: for each `match` key, the waits whose trigger held
   * the same value at that path (an index lookup); for each name in `general`, the waits for that event whose CEL
   * condition must be tested.
   */
  async waitsFor(matchKeys: WaitKey[], general: string[]): Promise<WaitRow[]> {
    if (matchKeys.length === 0 && general.length === 0) return [];
    return this.sql.query<WaitRow>(
      `SELECT ${WAIT_COLUMNS}
       FROM engine."EngineWait" w JOIN engine."EngineRun" r ON r.id = w."runId"
       WHERE w."resolvedAt" IS NULL AND w.kind = 'EVENT'
         AND ((w."eventName", w."matchPath", w."matchValue") IN (SELECT * FROM unnest($1::text[], $2::text[], $3::text[]))
              OR (w."matchPath" IS NULL AND w."eventName" = ANY($4::text[])))
       ORDER BY w."createdAt", w.id`,
      [matchKeys.map((k) => k.eventName), matchKeys.map((k) => k.path), matchKeys.map((k) => k.value), general],
    );
  }

  /**
   * Resolves an open wait once and, in the same statement, records the step result the SDK will replay.
   * Of two resolutions racing (the event and the timeout), exactly one returns true.
   */
  async resolveWait(waitId: string, resolution: string, step?: { name: string; op: string; result: StepResult }): Promise<boolean> {
    if (!step) {
      const rows = await this.sql.query(
        `UPDATE engine."EngineWait" SET "resolvedAt" = ${NOW}, resolution = $2 WHERE id = $1 AND "resolvedAt" IS NULL RETURNING id`,
        [waitId, resolution],
      );
      return rows.length === 1;
    }
    const rows = await this.sql.query(
      `WITH resolved AS (
         UPDATE engine."EngineWait" SET "resolvedAt" = ${NOW}, resolution = $2 WHERE id = $1 AND "resolvedAt" IS NULL
         RETURNING "runId", "stepId"
       ), recorded AS (
         INSERT INTO engine."EngineStep" ("runId", "stepId", name, op, result, seq, "startedAt", "endedAt")
         SELECT "runId", "stepId", $3, $4, $5::jsonb,
                coalesce((SELECT max(seq) + 1 FROM engine."EngineStep" s WHERE s."runId" = resolved."runId"), 0), ${NOW}, ${NOW}
         FROM resolved
         ON CONFLICT ("runId", "stepId") DO NOTHING
         RETURNING "runId"
       )
       SELECT "runId" FROM resolved`,
      [waitId, resolution, step.name, step.op, JSON.stringify(step.result)],
    );
    return rows.length === 1;
  }

  async resolveOpenWaitsOf(runId: string, resolution: string): Promise<void> {
    await this.sql.query(`UPDATE engine."EngineWait" SET "resolvedAt" = ${NOW}, resolution = $2 WHERE "runId" = $1 AND "resolvedAt" IS NULL`, [
      runId,
      resolution,
    ]);
  }

  async dueWaits(): Promise<(WaitRow & { kind: WaitKind })[]> {
    return this.sql.query(
      `SELECT ${WAIT_COLUMNS}
       FROM engine."EngineWait" w JOIN engine."EngineRun" r ON r.id = w."runId"
       WHERE w."resolvedAt" IS NULL AND w."wakeAt" <= ${NOW} ORDER BY w."wakeAt"`,
    );
  }

  /** When the next timer is due, in epoch milliseconds. */
  async nextWake(): Promise<number | null> {
    const rows = await this.sql.query<{ at: number | string | null }>(
      `SELECT extract(epoch FROM min("wakeAt")) * 1000 AS at FROM engine."EngineWait" WHERE "resolvedAt" IS NULL AND "wakeAt" IS NOT NULL`,
    );
    const at = rows[0]?.at;
    return at == null ? null : Number(at);
  }

  async findOpenInvokeWait(runId: string, stepId: string): Promise<{ id: string; name: string } | null> {
    const rows = await this.sql.query<{ id: string; name: string }>(
      `SELECT id, name FROM engine."EngineWait" WHERE "runId" = $1 AND "stepId" = $2 AND kind = 'INVOKE' AND "resolvedAt" IS NULL LIMIT 1`,
      [runId, stepId],
    );
    return rows[0] ?? null;
  }

  /** The step a fired RETRY was for, unless it has completed since. */
  async pendingRetryStep(runId: string): Promise<string | null> {
    const rows = await this.sql.query<{ stepId: string }>(
      `SELECT w."stepId" FROM engine."EngineWait" w
       WHERE w."runId" = $1 AND w.kind = 'RETRY' AND w.resolution = 'retried' AND w."stepId" <> 'run'
         AND NOT EXISTS (SELECT 1 FROM engine."EngineStep" s WHERE s."runId" = w."runId" AND s."stepId" = w."stepId")
       ORDER BY w."createdAt" DESC LIMIT 1`,
      [runId],
    );
    return rows[0]?.stepId ?? null;
  }

  async setRunFlags(runId: string, flags: { attempt?: number; parallel?: boolean }): Promise<void> {
    if (flags.attempt !== undefined) await this.sql.query(`UPDATE engine."EngineRun" SET attempt = $2 WHERE id = $1`, [runId, flags.attempt]);
    if (flags.parallel !== undefined) await this.sql.query(`UPDATE engine."EngineRun" SET parallel = $2 WHERE id = $1`, [runId, flags.parallel]);
  }

  /**
   * Ends a run that is still running (a conditional update: it ends once). Returns what the ending needs next:
   * the run's function, trigger and, for an invoked run, its parent.
   */
  async endRun(
    runId: string,
    status: "COMPLETED" | "FAILED" | "CANCELLED",
    outcome: { output?: unknown; error?: unknown },
  ): Promise<{ functionId: string; event: StoredEvent; parentRunId: string | null; parentStepId: string | null } | null> {
    const rows = await this.sql.query<{ functionId: string; event: StoredEvent; parentRunId: string | null; parentStepId: string | null }>(
      // A run may return with a wait it never awaited (it took another path): that wait ends with the run.
      `WITH ended AS (
         UPDATE engine."EngineRun" SET status = $2::engine."EngineRunStatus", output = $3::jsonb, error = $4::jsonb, "endedAt" = ${NOW}
         WHERE id = $1 AND status = 'RUNNING'
         RETURNING "functionId", event, "parentRunId", "parentStepId"
       ), closed AS (
         UPDATE engine."EngineWait" SET "resolvedAt" = ${NOW}, resolution = 'run-ended'
         WHERE "runId" = $1 AND "resolvedAt" IS NULL AND EXISTS (SELECT 1 FROM ended)
       )
       SELECT * FROM ended`,
      [
        runId,
        status,
        outcome.output === undefined ? null : JSON.stringify(outcome.output),
        outcome.error === undefined ? null : JSON.stringify(outcome.error),
      ],
    );
    return rows[0] ?? null;
  }
}
