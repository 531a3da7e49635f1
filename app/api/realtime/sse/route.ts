import { getRealtimeAccess } from "@/server/auth/realtime-access";
import { parseChannel } from "@/server/realtime/channels";
import { getHub } from "@/server/realtime/hub";
import { allows, capabilityFor } from "@/server/realtime/policy";
import { getStreamSlots, openSseStream, streamClaims, streamRetryAfterSeconds } from "@/server/realtime/sse-stream";
import { clientAddress } from "@/server/security/client-address";

export const dynamic = "force-dynamic";

const MAX_CHANNELS = 8;

/**
 * GET /api/realtime/sse?channel=…&channel=… — every channel is checked against the policy before anything flows,
 * and a caller holds a bounded number of streams (server/realtime/sse-stream.ts: streamLimits).
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const requested = [...new Set(url.searchParams.getAll("channel"))];
  if (requested.length === 0 || requested.length > MAX_CHANNELS) {
    return Response.json({ error: `ask for 1 to ${MAX_CHANNELS} channels` }, { status: 400 });
  }
  const unknown = requested.find((channel) => !parseChannel(channel));
  if (unknown) return Response.json({ error: `"${unknown.slice(0, 100)}" is not a channel` }, { status: 400 });
  const { actor, scope } = await getRealtimeAccess();
  const capability = capabilityFor(actor, scope);
  const refused = requested.find((channel) => !allows(capability, channel));
  if (refused || actor.kind === "anonymous") {
    return Response.json(
      { error: actor.kind === "anonymous" ? "Sign in first" : `You may not listen to ${refused}` },
      { status: actor.kind === "anonymous" ? 401 : 403 },
    );
  }
  const release = getStreamSlots().take(streamClaims(actor, clientAddress(request.headers)));
  if (!release) {
    return Response.json(
      { error: "Too many live connections are open for you: close another tab or screen of Presso, then reload this one." },
      { status: 429, headers: { "Retry-After": String(streamRetryAfterSeconds) } },
    );
  }
  return openSseStream({
    hub: getHub(),
    channels: requested,
    lastEventId: request.headers.get("last-event-id") ?? url.searchParams.get("lastEventId"),
    signal: request.signal,
    onClose: release,
  });
}
