import { z } from "zod";
import { isPrintable } from "../validation/text";

// The left-to-right and right-to-left marks: invisible, and a name on a cup has no use for them.
const directionMarks = /[\u200e\u200f]/u;

/**
 * The name that goes on the cup: 2 to 40 characters once trimmed, nothing the shared text rules refuse (control
 * characters, a broken character, the bidirectional overrides that would let a name rewrite how the rest of a
 * line reads on the booth screen), and no direction marks either.
 */
export const guestName = z
  .string()
  .transform((value) => value.normalize("NFC").trim())
  .pipe(
    z
      .string()
      .min(2, "Your name needs at least 2 characters")
      .max(40, "Your name can have at most 40 characters")
      .refine((name) => isPrintable(name) && !directionMarks.test(name), "Your name cannot contain control characters"),
  );
