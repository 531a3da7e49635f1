import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { getConfig } from "@/server/config";
import { readLimitedBody } from "@/server/http/read-limited-body";
import { serverCaller } from "@/server/trpc/server-caller";

export const dynamic = "force-dynamic";

/** A browser's subscription is about 600 bytes of JSON; nothing bigger is read. */
const maxSubscriptionBytes = 4 * 1024;

/**
 * Web Push for the attendee's page, with no client library (app/e/[slug]/orders/[orderId]/ready-notifications.tsx):
 * GET gives the operator's public VAPID key, or 404 when Web Push is off (the page then offers nothing);
 * POST {orderId, subscription} asks to be told when that order is ready. Who may do it and what is valid is
 * decided by the procedure (attendee.notifyWhenReady): a signed-in attendee, for their own order.
 */
export async function GET() {
  const webPush = getConfig().webPush;
  if (!webPush) return Response.json({ error: "Notifications are not offered here." }, { status: 404 });
  return Response.json({ publicKey: webPush.publicKey });
}

export async function POST(request: Request) {
  if (!getConfig().webPush) return Response.json({ error: "Notifications are not offered here." }, { status: 404 });
  // A JSON content type also keeps out cross-site form posts, which cannot set it without the browser asking first.
  if (!/^application\/json(?:;|$)/i.test(request.headers.get("content-type") ?? "")) {
    return Response.json({ error: "Send the subscription as application/json." }, { status: 415 });
  }
  const body = await readLimitedBody(request, maxSubscriptionBytes);
  if (body === "too large") return Response.json({ error: `A subscription is at most ${maxSubscriptionBytes / 1024} kB.` }, { status: 413 });
  if (body === "broken" || body === null) return Response.json({ error: "The request has no complete body." }, { status: 400 });
  let input: unknown;
  try {
    input = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
  } catch {
    return Response.json({ error: "The body is not JSON." }, { status: 400 });
  }
  try {
    const caller = await serverCaller();
    return Response.json(await caller.attendee.notifyWhenReady(input as never), { status: 201 });
  } catch (error) {
    if (error instanceof TRPCError) return Response.json({ error: error.message }, { status: getHTTPStatusCodeFromError(error) });
    throw error;
  }
}
