import { z } from "zod";

/**
 * The id of a row, as a client sends it back: Prisma's cuids, the UUIDs orders and workflow runs get, and the
 * short readable ids of seeds and tests. Only the characters those use, so nothing a client adds (a NUL the
 * database refuses with an error of its own, a quote, a slash) reaches a query.
 */
export const id = z
  .string()
  .min(1, "is missing")
  .max(64, "is too long to be an id")
  .regex(/^[A-Za-z0-9_-]+$/, "is not an id (letters, digits, hyphens and underscores only)");
