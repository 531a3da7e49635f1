import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";

const statusOf: Partial<Record<TRPCError["code"], number>> = { UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_REQUEST: 400 };

/**
 * An organiser's download (a CSV, a journal): the procedure behind `produce` decides who may have it and checks
 * its input; this only turns its answer into a named file, or its refusal into a plain-text status.
 */
export async function fileDownload(contentType: string, produce: () => Promise<{ filename: string; body: string }>): Promise<Response> {
  try {
    const { filename, body } = await produce();
    return new Response(body, {
      headers: {
        "Content-Type": contentType,
        "Content-Disposition": `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof TRPCError && statusOf[error.code]) {
      // A refused input says which field and why ("day: use a date as YYYY-MM-DD"), not zod's JSON.
      const message = error.cause instanceof ZodError ? error.cause.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("\n") : error.message;
      return new Response(message, { status: statusOf[error.code], headers: { "Content-Type": "text/plain; charset=utf-8" } });
    }
    throw error;
  }
}
