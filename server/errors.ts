/**
 * What an error says, as a code and the values its sentence needs ({ code: "drink-sold-out", values: { drink:
 * "Latte" } }): a page says it in its own language from the catalogues (app/i18n/messages, "Problems"), while the
 * English message stays for API callers and logs.
 */
export type ProblemCode = { code: string; values?: Record<string, string | number> };

/**
 * Domain errors: thrown by services, which know nothing of HTTP or tRPC. The tRPC layer maps them to
 * 404, 409 and 403; the message is written for the person who sees it, the code for a page to translate.
 */
abstract class DomainError extends Error {
  constructor(
    message: string,
    readonly problem?: ProblemCode,
  ) {
    super(message);
  }
}

export class NotFoundError extends DomainError {
  override name = "NotFoundError";
}

/** A state change lost a race or would break a uniqueness rule: nothing was written. */
export class ConflictError extends DomainError {
  override name = "ConflictError";
}

/** The caller is known but may not do this. */
export class ForbiddenError extends DomainError {
  override name = "ForbiddenError";
}

/** Prisma's unique-constraint violation (P2002), also raised through the driver adapters. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/**
 * A rule of the booth says no for now (store closed, booth full, over the attendee's limit): nothing was written.
 * `retryAfter` says when trying again can work, when that is known. Its code is its reason unless it says more
 * (the attendee's limit: open orders or drinks of the day).
 */
export class RefusedError extends DomainError {
  override name = "RefusedError";
  constructor(
    message: string,
    readonly reason: string,
    readonly retryAfter: Date | null = null,
    problem: ProblemCode = { code: reason },
  ) {
    super(message, problem);
  }
}

/** Input that is well-formed but breaks a rule of the domain (a drink not on the menu): a 400 with the reason. */
export class InvalidInputError extends DomainError {
  override name = "InvalidInputError";
}

/** The code of an error a service threw on purpose, if it has one. */
export function problemCodeOf(error: unknown): ProblemCode | null {
  return error instanceof DomainError ? (error.problem ?? null) : null;
}
