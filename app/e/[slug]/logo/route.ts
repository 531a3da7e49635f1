import { getDb } from "@/server/boot/runtime";
import { readEventLogo } from "@/server/services/config/event-logo";

export const dynamic = "force-dynamic";

/**
 * GET /e/{slug}/logo?v={digest}: the event's logo, public like its name. Asked for at its current version it may be
 * cached for good (a new logo has a new address); otherwise for a minute. The picture was checked to be a PNG, JPEG or
 * WebP on the way in; nosniff and a CSP that allows nothing keep a browser from reading it as anything else.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const logo = await readEventLogo(await getDb(), (await params).slug);
  if (!logo) return new Response("This event has no logo.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  const etag = `"${logo.digest}"`;
  const current = new URL(request.url).searchParams.get("v") === logo.digest.slice(0, 16);
  const headers = {
    ETag: etag,
    "Cache-Control": current ? "public, max-age=31536000, immutable" : "public, max-age=60",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'",
  };
  if (request.headers.get("If-None-Match") === etag) return new Response(null, { status: 304, headers });
  return new Response(Buffer.from(logo.bytes), { headers: { ...headers, "Content-Type": logo.contentType, "Content-Length": String(logo.bytes.length) } });
}
