import { TRPCError } from "@trpc/server";
import { serverCaller } from "@/server/trpc/server-caller";

const statusOf: Partial<Record<TRPCError["code"], number>> = { UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_REQUEST: 400 };

/**
 * One day of an event's figures as a CSV download: the procedure decides who may have it and checks the day;
 * this only turns its answer into a file (or its refusal into a plain-text status).
 */
export async function csvResponse(request: Request, slug: string, file: "hourly" | "orders"): Promise<Response> {
  const day = new URL(request.url).searchParams.get("day") ?? "";
  try {
    const caller = await serverCaller();
    const { filename, csv } = await (file === "hourly" ? caller.admin.metrics.hourlyCsv({ slug, day }) : caller.admin.metrics.ordersCsv({ slug, day }));
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof TRPCError && statusOf[error.code]) {
      return new Response(error.message, { status: statusOf[error.code], headers: { "Content-Type": "text/plain; charset=utf-8" } });
    }
    throw error;
  }
}
