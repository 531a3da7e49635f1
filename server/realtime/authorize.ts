import { getRequestActor } from "../auth/session";
import { getDb } from "../runtime";
import type { Actor } from "../auth/actor";
import { capabilityFor, type Capability } from "./policy";

/** The caller of a realtime route and what the policy lets them hear. */
export async function realtimeAccess(): Promise<{ actor: Actor; capability: Capability }> {
  const actor = await getRequestActor();
  return { actor, capability: await capabilityFor(await getDb(), actor) };
}
