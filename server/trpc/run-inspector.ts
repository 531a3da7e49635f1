/**
 * What the organiser's run views need of the workflow engine: its runs, listed and one by one. The engine's own
 * inspector (inngest/embedded/inspect-runs.ts) satisfies this; the composition root (server/boot) hands it over on
 * the runtime, so the tRPC edge imports nothing of the engine. It reads through a SQL port the caller answers.
 */

export type RunStatus = "RUNNING" | "COMPLETED" | "FAILED" | "CANCELLED";
export type WaitKind = "EVENT" | "SLEEP" | "RETRY" | "INVOKE";

/** A database that answers SQL with $1-style parameters (the engine's SqlPort). */
export type RunTables = {
  query<Row extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
};

export type RunFilter = { functionId?: string; status?: RunStatus; waitingFor?: string; limit?: number };

export type RunSummary = {
  id: string;
  functionId: string;
  status: RunStatus;
  trigger: { name?: string; data?: unknown };
  startedAt: Date;
  endedAt: Date | null;
  durationMs: number | null;
  steps: number;
  waitingFor: { kind: WaitKind; name: string; eventName: string | null; until: Date | null }[];
};

export type RunDetail = {
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
  startedAt: Date;
  endedAt: Date | null;
  steps: { name: string; op: string; result: unknown; startedAt: Date; endedAt: Date }[];
  waits: {
    kind: WaitKind;
    name: string;
    eventName: string | null;
    expression: string | null;
    createdAt: Date;
    wakeAt: Date | null;
    resolvedAt: Date | null;
    resolution: string | null;
  }[];
};

export type RunInspector = {
  listRuns(tables: RunTables, filter: RunFilter): Promise<RunSummary[]>;
  getRun(tables: RunTables, runId: string): Promise<RunDetail | null>;
};
