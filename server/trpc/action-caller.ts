import "server-only";
import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { RefusedError } from "../errors";
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
 * What a person sees when a procedure says no: its message, and for a refusal of the booth's rules, why and when
 * trying again can work. `field` names the form field at fault, when there is one.
 */
export type Problem = { message: string; reason?: string; retryAfter?: string | null; field?: string } | null;

/**
 * Turns a procedure's refusal into a Problem; anything unexpected is thrown on, to the error page. Input the
 * procedure's schema refused gets `badInput`, in plain words, not the schema's report.
 */
export function problemOf(error: unknown, badInput: string): NonNullable<Problem> {
  if (!(error instanceof TRPCError) || error.code === "INTERNAL_SERVER_ERROR") throw error;
  if (error.cause instanceof ZodError) return { message: badInput };
  const refusal = error.cause instanceof RefusedError ? error.cause : null;
  return { message: error.message, ...(refusal && { reason: refusal.reason, retryAfter: refusal.retryAfter?.toISOString() ?? null }) };
}
