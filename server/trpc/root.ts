import { createCallerFactory, router } from "./init";
import { adminRouter } from "./routers/admin";
import { attendeeRouter } from "./routers/attendee";
import { boardRouter } from "./routers/board";
import { displayRouter } from "./routers/display";
import { journalRouter, runsRouter } from "./routers/engine";
import { eventRouter } from "./routers/event";
import { journeyRouter } from "./routers/journey";
import { meRouter } from "./routers/me";
import { staffRouter } from "./routers/staff";

export const appRouter = router({
  event: eventRouter,
  me: meRouter,
  attendee: attendeeRouter,
  board: boardRouter,
  display: displayRouter,
  staff: staffRouter,
  admin: adminRouter,
  runs: runsRouter,
  journal: journalRouter,
  journey: journeyRouter,
});

export type AppRouter = typeof appRouter;

/** Calls procedures in-process (server components, tests, scripts) with a context of the caller's choosing. */
export const createCaller = createCallerFactory(appRouter);
