import { serverCaller } from "@/server/trpc/server-caller";
import { fileDownload } from "../../../file-download";

/** One day of an event's figures as a CSV download (file-download.ts turns a refusal into a status). */
export async function csvResponse(request: Request, slug: string, file: "hourly" | "orders"): Promise<Response> {
  const day = new URL(request.url).searchParams.get("day") ?? "";
  return fileDownload("text/csv; charset=utf-8", async () => {
    const caller = await serverCaller();
    const { filename, csv } = await (file === "hourly" ? caller.admin.metrics.hourlyCsv({ slug, day }) : caller.admin.metrics.ordersCsv({ slug, day }));
    return { filename, body: csv };
  });
}
