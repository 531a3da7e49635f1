import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { serverCaller } from "@/server/trpc/server-caller";

export const dynamic = "force-dynamic";

/**
 * The run inspector as JSON, for organisers (and the e2e tests, which wait here until a run is waiting):
 * /api/engine/runs?functionId=&status=&waitingFor=&limit=, or ?runId= for one run with its steps and waits.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  try {
    const caller = await serverCaller();
    const runId = params.get("runId");
    if (runId) return Response.json(await caller.runs.get({ runId }));
    const limit = params.get("limit");
    return Response.json(
      await caller.runs.list({
        functionId: params.get("functionId") ?? undefined,
        status: (params.get("status") ?? undefined) as "RUNNING" | undefined,
        waitingFor: params.get("waitingFor") ?? undefined,
        ...(limit ? { limit: Number(limit) } : {}),
      }),
    );
  } catch (error) {
    if (error instanceof TRPCError) return Response.json({ error: error.message }, { status: getHTTPStatusCodeFromError(error) });
    throw error;
  }
}
