import { serverCaller } from "@/server/trpc/server-caller";
import { baristaAppManifest } from "@/app/pwa/barista-app-manifest";

/**
 * The barista board's web app manifest, one per event: installed from an event's board, the app opens that
 * event's board. Only the event's public name and colour go in it (a manifest is fetched without a session).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const caller = await serverCaller();
  const event = await caller.event.publicInfo({ slug }).catch(() => null);
  if (!event) return Response.json({ message: "There is no such event." }, { status: 404 });
  return Response.json(baristaAppManifest(event), { headers: { "content-type": "application/manifest+json", "cache-control": "public, max-age=300" } });
}
