import { z } from "zod";

/**
 * The name that goes on the cup: 2 to 40 characters once trimmed, no control characters, and no bidirectional
 * overrides (they would let a name rewrite how the rest of a line reads on the booth screen).
 */
export const guestName = z
  .string()
  .transform((value) => value.normalize("NFC").trim())
  .pipe(
    z
      .string()
      .min(2, "Your name needs at least 2 characters")
      .max(40, "Your name can have at most 40 characters")
      .regex(/^[^\p{Cc}\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]*$/u, "Your name cannot contain control characters"),
  );
