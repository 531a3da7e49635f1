import { checkHealth } from "@/server/health";
import { getRuntime } from "@/server/runtime";

export const dynamic = "force-dynamic";

/** Modes in use and whether each backing service answers; 503 when the database does not. */
export async function GET() {
  const { config, database } = await getRuntime();
  const health = await checkHealth(config, database);
  return Response.json(health, {
    status: health.database.reachable ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
