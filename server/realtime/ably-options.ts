/**
 * Where the Ably clients connect: Ably itself by default; `ABLY_ENDPOINT` (with `ABLY_PORT` and `ABLY_TLS=false`)
 * points both the server and the browsers at another Ably-protocol endpoint, such as the contract test's stand-in.
 * Nothing here is secret: the browser receives it.
 */
export type AblyEndpoint = { endpoint?: string; port?: number; tls?: boolean; useBinaryProtocol?: boolean };

/** From the variables as given: server/config.ts passes the validated environment. */
export function ablyEndpoint(env: { ABLY_ENDPOINT?: string; ABLY_PORT?: string; ABLY_TLS?: string }): AblyEndpoint {
  if (!env.ABLY_ENDPOINT) return {};
  const tls = !["0", "false", "no"].includes((env.ABLY_TLS ?? "").toLowerCase());
  return {
    endpoint: env.ABLY_ENDPOINT,
    ...(env.ABLY_PORT ? (tls ? { tlsPort: Number(env.ABLY_PORT) } : { port: Number(env.ABLY_PORT) }) : {}),
    tls,
    useBinaryProtocol: false,
  } as AblyEndpoint;
}
