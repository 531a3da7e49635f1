/**
 * Domain errors: thrown by services, which know nothing of HTTP or tRPC. The tRPC layer maps them to
 * 404, 409 and 403; the message is written for the person who sees it.
 */
export class NotFoundError extends Error {
  override name = "NotFoundError";
}

/** A state change lost a race or would break a uniqueness rule: nothing was written. */
export class ConflictError extends Error {
  override name = "ConflictError";
}

/** The caller is known but may not do this. */
export class ForbiddenError extends Error {
  override name = "ForbiddenError";
}

/** Prisma's unique-constraint violation (P2002), also raised through the driver adapters. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/** Prisma's "record to update or delete not found" (P2025). */
export function isRecordNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2025";
}
