import type { z } from "zod";
import type { runDetail, runSummary } from "./contracts/engine";

/**
 * What the organiser's run views need of the workflow engine: its runs, listed and one by one. The engine's own
 * inspector (inngest/embedded/inspect-runs.ts) satisfies this; the composition root (server/boot) hands it over on
 * the runtime, so the tRPC edge imports nothing of the engine. It reads through a SQL port the caller answers.
 */

/** A database that answers SQL with $1-style parameters (the engine's SqlPort). */
export type RunTables = {
  query<Row extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
};

export type RunFilter = { functionId?: string; status?: RunSummary["status"]; waitingFor?: string; limit?: number };

/** What the organiser's views show of runs: the edge's output contracts (server/trpc/contracts/engine.ts). */
export type RunSummary = z.infer<typeof runSummary>;
export type RunDetail = z.infer<typeof runDetail>;

export type RunInspector = {
  listRuns(tables: RunTables, filter: RunFilter): Promise<RunSummary[]>;
  getRun(tables: RunTables, runId: string): Promise<RunDetail | null>;
};
