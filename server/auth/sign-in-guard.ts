import { NextRequest } from "next/server";
import { clientAddress } from "../security/client-address";
import { admitGuestAttempt, admitStaffAttempt } from "./sign-in-limits";
import { tooManyAttemptsMessage } from "./too-many-attempts";

type RouteContext = { params: Promise<{ nextauth: string[] }> };
type RouteHandler = (request: NextRequest, context: RouteContext) => Promise<Response>;

/**
 * Wraps next-auth's route handler: a sign-in attempt (POST /api/auth/callback/staff or /guest) takes its points
 * from the limits first, and a refused one is answered 429 with Retry-After before next-auth, the database or a
 * password hash is touched. next-auth gets a request with the very bytes that were read.
 */
export function withSignInLimits(handler: RouteHandler): RouteHandler {
  return async (request, context) => {
    const [action, provider] = (await context.params).nextauth ?? [];
    const isSignIn = request.method === "POST" && action === "callback" && (provider === "staff" || provider === "guest");
    if (!isSignIn) return handler(request, context);

    const body = await request.arrayBuffer();
    const client = clientAddress(request.headers);
    const verdict =
      provider === "staff"
        ? await admitStaffAttempt({ email: readFields(body, request.headers.get("content-type"))?.email, client })
        : await admitGuestAttempt({ client });
    if (!verdict.allowed) return tooManyAttempts(verdict.retryAfterSeconds, request.url);

    const forwarded = new NextRequest(request.url, { method: request.method, headers: request.headers, body });
    return handler(forwarded, context);
  };
}

/** The fields as next-auth will read them (next-auth/next/utils getBody): JSON or a URL-encoded form. */
function readFields(body: ArrayBuffer, contentType: string | null): Record<string, unknown> | undefined {
  const text = new TextDecoder().decode(body);
  if (contentType?.includes("application/json")) {
    try {
      const parsed: unknown = JSON.parse(text);
      return parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  }
  if (contentType?.includes("application/x-www-form-urlencoded")) return Object.fromEntries(new URLSearchParams(text));
  return undefined;
}

function tooManyAttempts(retryAfterSeconds: number, requestUrl: string): Response {
  const message = tooManyAttemptsMessage(retryAfterSeconds);
  // `url` as in every answer of this endpoint: next-auth's own client reads an error from it.
  const url = new URL("/signin?error=TooManyAttempts", requestUrl).toString();
  return Response.json(
    { message, retryAfterSeconds, url },
    { status: 429, headers: { "Retry-After": String(retryAfterSeconds), "Cache-Control": "no-store" } },
  );
}
