import { z } from "zod";

/** The name that goes on the cup: 2 to 40 characters once trimmed, no control characters. */
export const guestName = z
  .string()
  .transform((value) => value.normalize("NFC").trim())
  .pipe(
    z
      .string()
      .min(2, "Your name needs at least 2 characters")
      .max(40, "Your name can have at most 40 characters")
      .regex(/^[^\u0000-\u001f\u007f-\u009f\u2028\u2029]*$/, "Your name cannot contain control characters"),
  );
