import { getRequestActor } from "@/server/auth/session";
import { checkHealth, publicHealth } from "@/server/boot/health";
import { getRuntime } from "@/server/boot/runtime";

export const dynamic = "force-dynamic";

/**
 * Modes in use and whether each backing service answers; 503 when the database does not. Anonymous callers (load
 * balancers, the e2e tests' start-up wait) get only that; signed-in organisers also get versions, counts and errors.
 */
export async function GET() {
  const { config, database } = await getRuntime();
  const health = await checkHealth(config, database);
  const body = health.database.reachable && (await callerIsOrganiser()) ? health : publicHealth(health);
  return Response.json(body, {
    status: health.database.reachable ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}

/** Whoever cannot be identified (no session, or the database not answering) is anonymous here. */
async function callerIsOrganiser(): Promise<boolean> {
  try {
    const actor = await getRequestActor();
    return actor.kind === "staff" && actor.isOrganiser;
  } catch {
    return false;
  }
}
