import { serverCaller } from "@/server/trpc/server-caller";
import { fileDownload } from "../../../file-download";

export const dynamic = "force-dynamic";

/** GET …/journal.jsonl?day=YYYY-MM-DD: the day's journal of the event (its own time zone) as JSON lines. Organisers only. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const day = new URL(request.url).searchParams.get("day") ?? "";
  return fileDownload("application/jsonl; charset=utf-8", async () => {
    const { filename, lines } = await (await serverCaller()).journal.day({ slug, day });
    return { filename, body: lines };
  });
}
