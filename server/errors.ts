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

/**
 * A rule of the booth says no for now (store closed, booth full, over the attendee's limit): nothing was written.
 * `retryAfter` says when trying again can work, when that is known.
 */
export class RefusedError extends Error {
  override name = "RefusedError";
  constructor(
    message: string,
    readonly reason: string,
    readonly retryAfter: Date | null = null,
  ) {
    super(message);
  }
}

/** Input that is well-formed but breaks a rule of the domain (a drink not on the menu): a 400 with the reason. */
export class InvalidInputError extends Error {
  override name = "InvalidInputError";
}
