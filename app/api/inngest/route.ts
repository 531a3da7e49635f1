import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { hasValidSignature } from "@/inngest/embedded/signing";
import { functions } from "@/inngest/functions";
import { getRuntime, type Runtime } from "@/server/boot/runtime";

export const dynamic = "force-dynamic";

// The SDK's handler reads the engine's address when it is made, so it is made once the runtime has settled it.
let handlers: ReturnType<typeof serve> | undefined;
async function ready() {
  const runtime = await getRuntime();
  handlers ??= serve({
    client: inngest,
    functions,
    // The embedded executor calls the app on loopback only: the address a sync registers never comes from the
    // Host header of whoever asked (managed deployments may pin theirs with INNGEST_SERVE_ORIGIN).
    ...(runtime.executor?.appUrl ? { serveOrigin: new URL(runtime.executor.appUrl).origin, servePath: new URL(runtime.executor.appUrl).pathname } : {}),
  });
  return { runtime, handlers };
}

type Context = { params: Promise<Record<string, never>> };

/** In embedded mode only the executor may ask for a sync: its PUT is signed with the key it shares with the app. */
async function isSyncAllowed(request: Request, runtime: Runtime): Promise<boolean> {
  if (!runtime.executor) return true;
  return hasValidSignature(await request.clone().text(), request.headers.get("x-inngest-signature"), runtime.executor.signingKey);
}

export const GET = async (request: Request, context: Context) => (await ready()).handlers.GET(request as never, context);
export const POST = async (request: Request, context: Context) => (await ready()).handlers.POST(request as never, context);
export const PUT = async (request: Request, context: Context) => {
  const { runtime, handlers } = await ready();
  if (!(await isSyncAllowed(request, runtime))) {
    return Response.json({ message: "Only the booth's own workflow engine may sync its functions." }, { status: 401 });
  }
  return handlers.PUT(request as never, context);
};
