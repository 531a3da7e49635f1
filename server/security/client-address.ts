import { subscribe, unsubscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";

/**
 * Which client sent a request, for per-client limits. A route handler under `next start` sees no socket: Next.js
 * passes on the request's X-Forwarded-For and fills it with the socket's address only when the client sent none
 * (`req.headers['x-forwarded-for'] ??= socket.remoteAddress` in next/dist/server/base-server.js). So:
 * - behind a proxy that sets or appends the header (Vercel overwrites it), the right-most entry is the address
 *   that proxy saw, the one entry a client cannot choose;
 * - on a booth laptop there is no proxy, so whatever the client sent would be believed: `trustSocketAddressOnly`
 *   replaces the header with the socket's address before Next.js reads the request.
 */

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

/** Every request whose address is unknown shares one key: refused together rather than let through. */
export const unknownClient = "unknown";

export function clientAddress(headers: HeaderSource): string {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw.join(",") : raw;
  const last = value?.split(",").at(-1)?.trim();
  if (!last) return unknownClient;
  // An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d; one client, one key.
  return last.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "").toLowerCase();
}

type RequestStart = { request: IncomingMessage; socket: Socket };

/**
 * For a server with no proxy in front (embedded mode): every request's X-Forwarded-For becomes the address of
 * the socket it came in on, before any handler reads it. Node.js publishes each request on this channel just
 * before the server's "request" event. Returns a function that stops it.
 */
export function trustSocketAddressOnly(): () => void {
  const stamp = (message: unknown) => {
    const { request, socket } = message as RequestStart;
    if (socket.remoteAddress) request.headers["x-forwarded-for"] = socket.remoteAddress;
    else delete request.headers["x-forwarded-for"];
  };
  subscribe("http.server.request.start", stamp);
  return () => {
    unsubscribe("http.server.request.start", stamp);
  };
}
