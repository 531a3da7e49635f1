import { tooManyAttemptsMinutes } from "@/server/auth/too-many-attempts";
import type { CodedProblem } from "../i18n/problem-message";
import { csrfToken as freshCsrfToken } from "../auth-requests";

export type Provider = "staff" | "guest";
export type Outcome = { kind: "signed-in" } | { kind: "refused" } | { kind: "paused"; retryAfterSeconds: number } | { kind: "unreachable" };

/**
 * Posts to next-auth's credentials callback as its signIn() does, but reads the answer itself: signIn() cannot
 * tell a refused password from "too many attempts, wait N minutes" (a 429 with Retry-After).
 */
export async function postSignIn(provider: Provider, fields: Record<string, string>, callbackPath: string, origin: string): Promise<Outcome> {
  try {
    for (let attempt = 0; attempt < 2; attempt++) {
      const csrfToken = await freshCsrfToken();
      const response = await fetch(`/api/auth/callback/${provider}`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ ...fields, csrfToken, callbackUrl: callbackPath, json: "true" }),
      });
      if (response.status === 429) {
        return { kind: "paused", retryAfterSeconds: Number(response.headers.get("Retry-After")) || 60 };
      }
      const answer = (await response.json().catch(() => null)) as { url?: unknown } | null;
      const url = typeof answer?.url === "string" ? new URL(answer.url, origin) : null;
      // next-auth v4 answers a CSRF-cookie mix-up with 200 and a "csrf=true" URL: ask once more with a fresh token.
      if (url?.searchParams.get("csrf") === "true") continue;
      return response.ok && url && !url.searchParams.has("error") ? { kind: "signed-in" } : { kind: "refused" };
    }
    return { kind: "refused" };
  } catch {
    return { kind: "unreachable" };
  }
}

/**
 * What the form says when the outcome is not a sign-in, for the page to word from its catalogue: a problem code
 * ("Problems"), or the form's own words for a wrong entry (`refused`) or an unreachable server.
 */
export function outcomeProblem(outcome: Exclude<Outcome, { kind: "signed-in" }>): CodedProblem | "refused" | "unreachable" {
  switch (outcome.kind) {
    case "paused":
      return { code: "too-many-attempts", values: { minutes: tooManyAttemptsMinutes(outcome.retryAfterSeconds) } };
    case "unreachable":
    case "refused":
      return outcome.kind;
  }
}
