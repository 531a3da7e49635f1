import "server-only";
import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { problemCodeOf, RefusedError } from "../errors";
import { logUnexpectedError } from "./init";
import { createCaller } from "./root";

/**
 * Server actions (the attendee's taps) call the same procedures as the API, with the same checks and contracts:
 * as the actor the action has settled (who may have signed in within that very request).
 */
export function actionCaller(db: Db, actor: Actor) {
  return createCaller({ db, actor }, { onError: logUnexpectedError });
}

/**
 * What a person is told when a procedure says no, as a code (and its values) the page says in the event's language
 * (app/i18n/problem-message.ts); for a refusal of the booth's rules, why and when trying again can work. `field`
 * names the form field at fault, when there is one.
 */
export type Problem = { code: string; values?: Record<string, string | number>; reason?: string; retryAfter?: string | null; field?: string } | null;

/**
 * Turns a procedure's refusal into a Problem; anything unexpected is thrown on, to the error page. Input the
 * procedure's schema refused, and a refusal without a code of its own, get `fallback`'s code.
 */
export function problemOf(error: unknown, fallback: string): NonNullable<Problem> {
  if (!(error instanceof TRPCError) || error.code === "INTERNAL_SERVER_ERROR") throw error;
  if (error.cause instanceof ZodError) return { code: fallback };
  const refusal = error.cause instanceof RefusedError ? error.cause : null;
  const coded = problemCodeOf(error.cause) ?? (error.code === "UNAUTHORIZED" ? { code: "sign-in-to-order" } : { code: fallback });
  return { ...coded, ...(refusal && { reason: refusal.reason, retryAfter: refusal.retryAfter?.toISOString() ?? null }) };
}
