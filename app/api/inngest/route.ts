import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest/functions";
import { getRuntime } from "@/server/runtime";

export const dynamic = "force-dynamic";

// The SDK's handler reads the engine's address when it is made, so it is made once the runtime has settled it.
let handlers: ReturnType<typeof serve> | undefined;
async function ready() {
  await getRuntime();
  return (handlers ??= serve({ client: inngest, functions }));
}

type Context = { params: Promise<Record<string, never>> };
export const GET = async (request: Request, context: Context) => (await ready()).GET(request as never, context);
export const POST = async (request: Request, context: Context) => (await ready()).POST(request as never, context);
export const PUT = async (request: Request, context: Context) => (await ready()).PUT(request as never, context);
