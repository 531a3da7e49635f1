import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError, problemCodeOf, RefusedError } from "../errors";
import { slug } from "../services/config/event-settings";
import { fieldErrorsOf, type FieldErrors } from "./field-errors";
import { findStaffRole } from "../services/staff/membership";

/**
 * tRPC's wiring: the context every procedure gets, the error shape clients read, and the procedure
 * builders by role (public, attendee, barista of an event, organiser). Routers only pick a builder,
 * declare their input and call a service.
 */

export type Context = { db: Db; actor: Actor };

export type { FieldErrors } from "./field-errors";


/** What a client is told of a failure no rule of the booth explains (a database fault, a bug): never its details. */
export const unexpectedErrorMessage = "Something went wrong on the booth's server. Try again.";

/**
 * Deliberate errors (a TRPCError a procedure throws, a domain error mapped below) carry a code of their own; anything
 * else reaches tRPC as INTERNAL_SERVER_ERROR with the original as its message and cause, and is logged here.
 */
export function logUnexpectedError({ error, path }: { error: TRPCError; path: string | undefined }) {
  if (error.code === "INTERNAL_SERVER_ERROR") console.error(`[trpc] ${path ?? "?"} failed:`, error.cause ?? error);
}

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    if (error.code === "INTERNAL_SERVER_ERROR") {
      // A Prisma error names the query, the table and the values: a client gets a plain sentence, in development
      // too, and the server's log keeps the rest (logUnexpectedError). `data` is rebuilt, not spread, so a field a
      // later tRPC adds cannot carry the cause out.
      const { code, httpStatus, path } = shape.data;
      return { ...shape, message: unexpectedErrorMessage, data: { code, httpStatus, path, zodError: null, refusal: null, problem: null } };
    }
    const zodError: FieldErrors | null = error.cause instanceof ZodError ? fieldErrorsOf(error.cause) : null;
    // A refusal tells the client why and when to try again, so it can say so and count down.
    const refusal = error.cause instanceof RefusedError ? { reason: error.cause.reason, retryAfter: error.cause.retryAfter?.toISOString() ?? null } : null;
    // A deliberate error's code and values, so a client can say it in its own language (`message` stays English).
    const problem = problemCodeOf(error.cause);
    return { ...shape, data: { ...shape.data, stack: undefined, zodError, refusal, problem } };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Domain errors become 400 / 404 / 409 / 403 / 412 with the service's own message. */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof NotFoundError) throw new TRPCError({ code: "NOT_FOUND", message: cause.message, cause });
    if (cause instanceof ConflictError) throw new TRPCError({ code: "CONFLICT", message: cause.message, cause });
    if (cause instanceof ForbiddenError) throw new TRPCError({ code: "FORBIDDEN", message: cause.message, cause });
    if (cause instanceof InvalidInputError) throw new TRPCError({ code: "BAD_REQUEST", message: cause.message, cause });
    if (cause instanceof RefusedError) throw new TRPCError({ code: "PRECONDITION_FAILED", message: cause.message, cause });
  }
  return result;
});

export const publicProcedure = t.procedure.use(domainErrors);

const signInRequired = () => new TRPCError({ code: "UNAUTHORIZED", message: "Sign in first" });

/** A signed-in attendee (a guest with the name on the cup). Staff accounts do not order through these. */
export const attendeeProcedure = publicProcedure.use(({ ctx, next }) => {
  const { actor } = ctx;
  if (actor.kind === "anonymous") throw signInRequired();
  if (actor.kind !== "guest") throw new TRPCError({ code: "FORBIDDEN", message: "This is for attendees only" });
  return next({ ctx: { ...ctx, actor } });
});

/** Any staff member: barista of at least one event, or organiser. */
export const staffProcedure = publicProcedure.use(({ ctx, next }) => {
  const { actor } = ctx;
  if (actor.kind === "anonymous") throw signInRequired();
  if (actor.kind !== "staff") throw new TRPCError({ code: "FORBIDDEN", message: "This is for staff only" });
  return next({ ctx: { ...ctx, actor } });
});

/** The event named by `input.slug` and the caller's role there (organisers have every event); unknown: 404. */
const staffOfEvent = staffProcedure.input(z.object({ slug })).use(async ({ ctx, input, next }) => {
  const event = await ctx.db.event.findUnique({ where: { slug: input.slug } });
  if (!event) throw new TRPCError({ code: "NOT_FOUND", message: `There is no event "${input.slug}"` });
  const staffRole = ctx.actor.isOrganiser ? ("ORGANISER" as const) : await findStaffRole(ctx.db, event.id, ctx.actor.userId);
  return next({ ctx: { ...ctx, event, staffRole } });
});

/**
 * Baristas of the event named by `input.slug` (organisers count as baristas of every event). The event is
 * loaded once and handed on; a known event they do not work at is 403, and the booth screen's DISPLAY
 * account cannot act as a barista.
 */
export const baristaProcedure = staffOfEvent.use(({ ctx, next }) => {
  const role = ctx.staffRole;
  if (role !== "BARISTA" && role !== "ORGANISER") {
    throw new TRPCError({ code: "FORBIDDEN", message: `You are not a barista at ${ctx.event.name}` });
  }
  return next({ ctx: { ...ctx, staffRole: role } });
});

/** The booth screen: its DISPLAY account, a barista or an organiser of the event (it shows the live code). */
export const displayProcedure = staffOfEvent.use(({ ctx, next }) => {
  if (ctx.staffRole === null) throw new TRPCError({ code: "FORBIDDEN", message: `You are not staff at ${ctx.event.name}` });
  return next({ ctx: { ...ctx, staffRole: ctx.staffRole } });
});

/** Organisers run every event: events, limits, staff. */
export const organiserProcedure = staffProcedure.use(({ ctx, next }) => {
  if (!ctx.actor.isOrganiser) throw new TRPCError({ code: "FORBIDDEN", message: "This is for organisers only" });
  return next();
});
