import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { TRPC_ERROR_CODES_BY_KEY, type TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import superjson from "superjson";
import { readLimitedBody } from "../http/read-limited-body";
import { logUnexpectedError, type Context } from "./init";
import { appRouter } from "./root";

/**
 * The tRPC endpoint over HTTP, with the limits a booth laptop needs before any of a request is believed: a body
 * larger than a call can need is refused without being read (by its Content-Length) or as soon as it grows past
 * the limit (a chunked or lying body), and a batch may carry only so many calls.
 */

const endpoint = "/api/trpc";

/**
 * The largest body accepted. The largest legitimate call, an organiser's new drink with every field at its
 * maximum in three-byte characters, is about 40 kB (http-handler.test.ts checks it fits).
 */
export const maxBodyBytes = 64 * 1024;

/** Calls in one batched request; the browser's client sends at most as many (app/providers.tsx). */
export const maxBatchCalls = 10;

export async function handleTrpcRequest(req: Request, createContext: () => Promise<Context>): Promise<Response> {
  if (callsIn(req) > maxBatchCalls) {
    return refuse(400, "BAD_REQUEST", `One request may carry at most ${maxBatchCalls} calls: send the others in another.`);
  }
  const body = await readLimitedBody(req, maxBodyBytes);
  if (body === "too large") {
    return refuse(413, "PAYLOAD_TOO_LARGE", `This request is larger than the booth's server accepts (${maxBodyBytes / 1024} kB).`);
  }
  if (body === "broken") return refuse(400, "BAD_REQUEST", "The request ended before its body did.");
  return fetchRequestHandler({
    endpoint,
    req: body === null ? req : new Request(req.url, { method: req.method, headers: req.headers, body, signal: req.signal }),
    router: appRouter,
    createContext,
    // The same limit again inside tRPC, should its reading of the path ever differ from callsIn's.
    maxBatchSize: maxBatchCalls,
    onError: logUnexpectedError,
  });
}

/** How many procedures a request names (`/api/trpc/a,b,c?batch=1`), read as tRPC reads them. */
function callsIn(req: Request): number {
  const url = new URL(req.url);
  if (url.searchParams.get("batch") !== "1") return 1;
  // tRPC decodes the path, then splits it at commas: an encoded comma ("%2C") separates calls too.
  return url.pathname.split(/,|%2C/i).length;
}

/** A refusal shaped as tRPC's own error (one for the whole batch), so the browser's client shows its message. */
function refuse(status: number, code: TRPC_ERROR_CODE_KEY, message: string): Response {
  const error = superjson.serialize({ message, code: TRPC_ERROR_CODES_BY_KEY[code], data: { code, httpStatus: status, zodError: null, refusal: null } });
  return Response.json({ error }, { status });
}
