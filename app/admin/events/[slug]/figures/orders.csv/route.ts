import { csvResponse } from "../csv-response";

export const dynamic = "force-dynamic";

/** GET …/figures/orders.csv?day=YYYY-MM-DD: the day's orders, one a row, with local times. Organisers only. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return csvResponse(request, (await params).slug, "orders");
}
