import { z } from "zod";
import type { Db } from "../../server/db/client";
import { id } from "../../server/validation/id";
import { text } from "../../server/validation/text";

/** The run inspector's reads: runs with their steps, open and past waits, timings and outcome. */

export const listRunsInput = z
  .object({
    functionId: text({ max: 120 }).optional(),
    status: z.enum(["RUNNING", "COMPLETED", "FAILED", "CANCELLED"]).optional(),
    /** Only runs waiting for this event right now (e2e tests wait for this before they act). */
    waitingFor: text({ max: 120 }).optional(),
    limit: z.number().int().min(1).max(500).default(50),
  })
  .strict();
export type ListRunsInput = z.input<typeof listRunsInput>;

export async function listRuns(db: Db, input: ListRunsInput) {
  const { functionId, status, waitingFor, limit } = listRunsInput.parse(input);
  const runs = await db.engineRun.findMany({
    where: {
      ...(functionId ? { functionId } : {}),
      ...(status ? { status } : {}),
      ...(waitingFor ? { status: "RUNNING", waits: { some: { kind: "EVENT", eventName: waitingFor, resolvedAt: null } } } : {}),
    },
    orderBy: { startedAt: "desc" },
    take: limit,
    include: { waits: { where: { resolvedAt: null } }, _count: { select: { steps: true } } },
  });
  return runs.map((run) => ({
    id: run.id,
    functionId: run.functionId,
    status: run.status,
    trigger: run.event as { name?: string; data?: unknown },
    startedAt: run.startedAt,
    endedAt: run.endedAt,
    durationMs: run.endedAt ? run.endedAt.getTime() - run.startedAt.getTime() : null,
    steps: run._count.steps,
    waitingFor: run.waits.map((w) => ({ kind: w.kind, name: w.name, eventName: w.eventName, until: w.wakeAt })),
  }));
}

export const getRunInput = z.object({ runId: id }).strict();

export async function getRun(db: Db, runId: string) {
  const run = await db.engineRun.findUnique({
    where: { id: runId },
    include: { steps: { orderBy: { seq: "asc" } }, waits: { orderBy: { createdAt: "asc" } } },
  });
  if (!run) return null;
  return {
    ...run,
    steps: run.steps.map((s) => ({ name: s.name, op: s.op, result: s.result, startedAt: s.startedAt, endedAt: s.endedAt })),
    waits: run.waits.map((w) => ({
      kind: w.kind,
      name: w.name,
      eventName: w.eventName,
      expression: w.expression,
      createdAt: w.createdAt,
      wakeAt: w.wakeAt,
      resolvedAt: w.resolvedAt,
      resolution: w.resolution,
    })),
  };
}
