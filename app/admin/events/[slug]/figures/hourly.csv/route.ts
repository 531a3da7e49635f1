import { csvResponse } from "../csv-response";

export const dynamic = "force-dynamic";

/** GET …/figures/hourly.csv?day=YYYY-MM-DD: the day's figures hour by hour, in the event's zone. Organisers only. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return csvResponse(request, (await params).slug, "hourly");
}
