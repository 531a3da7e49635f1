import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { getRuntime } from "../../boot/runtime";
import type { Db } from "../../db/client";
import { slug } from "../../services/config/event-settings";
import { findEventBySlug } from "../../services/config/find-event";
import { exportJournalDay } from "../../services/journal/export-journal-day";
import { readEventJournal, readOrderJournal } from "../../services/journal/read-journal";
import { sendEvent } from "../../events/send-event";
import { id } from "../../validation/id";
import { text } from "../../validation/text";
import { journal, journalFile, runDetail, runList, selfTestStarted } from "../contracts/engine";
import { organiserProcedure, router } from "../init";
import type { RunTables } from "../run-inspector";

/** The organiser's view of the backbone: workflow runs (embedded executor) and the event journal. */

// The edge applies the app's own rules for typed text and ids; the inspector checks its filters again on its own.
const listRunsFilter = z
  .object({
    functionId: text({ max: 120 }).optional(),
    status: z.enum(["RUNNING", "COMPLETED", "FAILED", "CANCELLED"]).optional(),
    /** Only runs waiting for this event right now (e2e tests wait for this before they act). */
    waitingFor: text({ max: 120 }).optional(),
    limit: z.number().int().min(1).max(500).default(50),
  })
  .strict();
const byRun = z.object({ runId: id }).strict();

/** The inspector reads the executor's tables through the executor's SQL port, answered here by the app's client. */
const engineTables = (db: Db): RunTables => ({
  query: <Row extends Record<string, unknown>>(sql: string, params: unknown[] = []) => db.$queryRawUnsafe<Row[]>(sql, ...params),
});

export const runsRouter = router({
  list: organiserProcedure.input(listRunsFilter).output(runList).query(async ({ ctx, input }) => (await getRuntime()).runInspector.listRuns(engineTables(ctx.db), input)),
  /** Sends engine/self-test.requested: the run proves steps, a wait and a sleep work end to end. Takes no input. */
  selfTest: organiserProcedure.input(z.void()).output(selfTestStarted).mutation(async () => {
    const testId = crypto.randomUUID();
    await sendEvent("engine/self-test.requested", { testId, requestedAt: new Date().toISOString() });
    return { testId };
  }),
  get: organiserProcedure.input(byRun).output(runDetail).query(async ({ ctx, input }) => {
    const run = await (await getRuntime()).runInspector.getRun(engineTables(ctx.db), input.runId);
    if (!run) throw new TRPCError({ code: "NOT_FOUND", message: "There is no such run" });
    return run;
  }),
});

export const journalRouter = router({
  forEvent: organiserProcedure
    .input(z.object({ slug, limit: z.number().int().min(1).max(1000).default(200) }).strict())
    .output(journal)
    .query(async ({ ctx, input }) => {
      const event = await findEventBySlug(ctx.db, input.slug);
      return readEventJournal(ctx.db, event.id, input.limit);
    }),
  forOrder: organiserProcedure
    .input(z.object({ orderId: id }).strict())
    .output(journal)
    .query(({ ctx, input }) => readOrderJournal(ctx.db, input.orderId)),
  /** One local day of an event's journal as JSON lines (the replay tool's input), named after the event and the day. */
  day: organiserProcedure
    .input(z.object({ slug, day: z.iso.date({ message: "use a date as YYYY-MM-DD" }) }).strict())
    .output(journalFile)
    .query(async ({ ctx, input }) => {
      const event = await findEventBySlug(ctx.db, input.slug);
      const lines = await exportJournalDay(ctx.db, { eventId: event.id, timeZone: event.timeZone, day: input.day });
      return { filename: `${event.slug}-${input.day}-journal.jsonl`, lines };
    }),
});
