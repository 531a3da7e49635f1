import { getRealtimeAccess } from "@/server/auth/realtime-access";
import { getConfig } from "@/server/config";
import { createAblyTokenRequest } from "@/server/realtime/ably-token";
import { capabilityFor } from "@/server/realtime/policy";

export const dynamic = "force-dynamic";

/** Ably token auth: a token request for this user and exactly the channels the policy allows, subscribe only. */
export async function GET() {
  const realtime = getConfig().realtime;
  if (realtime.mode !== "ably") {
    return Response.json({ error: "live push uses Server-Sent Events on this server" }, { status: 404 });
  }
  const { actor, scope } = await getRealtimeAccess();
  if (actor.kind === "anonymous") return Response.json({ error: "Sign in first" }, { status: 401 });
  const tokenRequest = await createAblyTokenRequest(realtime.apiKey, actor.userId, capabilityFor(actor, scope));
  return Response.json(tokenRequest, { headers: { "Cache-Control": "no-store" } });
}
