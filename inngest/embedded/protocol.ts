import { wakeTimeFor } from "./durations";
import type { StoredEvent } from "./engine-store";
import { matchPathOf, valueAt } from "./expressions";
import type { RegisteredFunction } from "./function-registry";
import { postToApp } from "./post-to-app";
import { hasValidSignature, signBody } from "./signing";

/**
 * The SDK's HTTP protocol as the executor speaks it: one signed call per step to the app's /api/inngest, carrying
 * the run's recorded steps, and the answer read back (200 the run's output, 206 the ops it reports, anything else
 * an error, with the SDK's retry headers). Only what is said on the wire lives here; what to do about it is the drive's.
 */

/** Events Inngest itself sends about runs (functions may be triggered by them). */
export const FUNCTION_FAILED = "inngest/function.failed";
export const FUNCTION_INVOKED = "inngest/function.invoked";
export const FUNCTION_CANCELLED = "inngest/function.cancelled";

/** One op of a 206 answer: `op` is the opcode (StepRun, StepPlanned, WaitForEvent, Sleep, InvokeFunction, ...). */
export type Op = {
  op: string;
  id: string;
  name?: string;
  displayName?: string;
  opts?: Record<string, unknown>;
  data?: unknown;
  error?: unknown;
};

export type CallResponse = { status: number; noRetry: boolean; retryAfterMs: number | null; body: unknown };

/** What a call tells the SDK of its run. */
export type CallState = {
  id: string;
  event: StoredEvent;
  steps: { stepId: string; result: unknown }[];
  attempt: number;
  maxAttempts: number;
  parallel: boolean;
};

/** Calls a function for one step. Never throws: an app that does not answer is a retriable failure (599). */
export async function callFunction(
  fn: RegisteredFunction,
  run: CallState,
  stepId: string,
  signingKey: string,
  log: (message: string) => void,
): Promise<CallResponse> {
  const body = {
    event: run.event,
    events: [run.event],
    steps: Object.fromEntries(run.steps.map((s) => [s.stepId, s.result])),
    ctx: {
      run_id: run.id,
      attempt: run.attempt,
      max_attempts: run.maxAttempts,
      disable_immediate_execution: run.parallel,
      use_api: false,
      stack: { stack: run.steps.map((s) => s.stepId), current: run.steps.length },
    },
    version: 2,
  };
  const url = new URL(fn.url);
  url.searchParams.set("fnId", fn.id);
  url.searchParams.set("stepId", stepId);
  try {
    const payload = JSON.stringify(body);
    const response = await postToApp(
      url,
      {
        "content-type": "application/json",
        "x-inngest-signature": signBody(body, signingKey),
        "x-inngest-server-kind": "cloud",
        // The app is on this machine: compressing its answers would only cost CPU on both sides.
        "accept-encoding": "identity",
      },
      payload,
    );
    // The SDK signs its answers with the key it checks ours with: an unsigned answer did not come from the app.
    if (!hasValidSignature(response.text, response.header("x-inngest-signature"), signingKey)) {
      log(`run ${run.id}: an answer from ${url.origin} without the app's signature was ignored (status ${response.status})`);
      return { status: 599, noRetry: false, retryAfterMs: null, body: { name: "UnsignedAnswer", message: "the answer was not signed with the app's key" } };
    }
    let parsed: unknown = response.text;
    try {
      parsed = response.text ? JSON.parse(response.text) : null;
    } catch {
      // not JSON: kept as text for the error report
    }
    const retryAfter = response.header("retry-after");
    return {
      status: response.status,
      noRetry: response.header("x-inngest-no-retry") === "true",
      retryAfterMs: retryAfter ? parseRetryAfter(retryAfter) : null,
      body: parsed,
    };
  } catch (error) {
    // The app did not answer (restarting, overloaded): a retriable failure of the run.
    return { status: 599, noRetry: false, retryAfterMs: null, body: { name: "FetchError", message: (error as Error).message } };
  }
}

/** A 206 answer's ops, or null when the answer is something else. */
export function opsOf(response: CallResponse): Op[] | null {
  return response.status === 206 && Array.isArray(response.body) ? (response.body as Op[]) : null;
}

/** The name a person gave the step, as the run inspector and the SDK's replay show it. */
export function stepNameOf(op: Op): string {
  return op.displayName ?? op.name ?? op.id;
}

/** The wait a WaitForEvent op asks for; a `match` wait carries the value its own trigger holds at the path. */
export function eventWaitOf(op: Op, runEvent: StoredEvent) {
  const expression = typeof op.opts?.if === "string" ? op.opts.if : null;
  const matchPath = matchPathOf(expression);
  const matchValue = matchPath ? valueAt(runEvent, matchPath) : undefined;
  return {
    eventName: typeof op.opts?.event === "string" ? op.opts.event : (op.name ?? null),
    expression,
    ...(matchPath && matchValue !== undefined ? { matchPath, matchValue: JSON.stringify(matchValue) } : {}),
    wakeAt: timeoutAt(op),
  };
}

/** When a Sleep op ends, in epoch ms; null when its duration cannot be read. */
export function sleepEndOf(op: Op): number | null {
  return wakeTimeFor(String(op.opts?.duration ?? op.name ?? ""), Date.now());
}

/** An InvokeFunction op: the function it names and the data of the event the child run gets. */
export function invocationOf(op: Op): { functionId: string; data: Record<string, unknown> } {
  const payload = (op.opts?.payload ?? {}) as { data?: Record<string, unknown> };
  return { functionId: String(op.opts?.function_id ?? ""), data: payload.data ?? {} };
}

/** When an op's `timeout` (a wait's or an invocation's) runs out, counted from now; null without one. */
export function timeoutAt(op: Op): number | null {
  const timeout = typeof op.opts?.timeout === "string" ? op.opts.timeout : null;
  return timeout ? (wakeTimeFor(timeout, Date.now()) ?? Date.now()) : null;
}

/** The error a failed call reports, as the run records it. */
export function errorFrom(body: unknown): unknown {
  if (body && typeof body === "object") return body;
  return { name: "Error", message: typeof body === "string" && body ? body.slice(0, 2000) : "the function failed" };
}

function parseRetryAfter(value: string): number | null {
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}
