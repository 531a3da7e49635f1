import { z, type ZodError } from "zod";

/** Bad input, for forms: one list of messages per field, plus those about the whole input. */
export type FieldErrors = { formErrors: string[]; fieldErrors: Record<string, string[] | undefined> };

/**
 * A zod error as forms read it: each message under its top-level field, as zod's flatten gives it ("item": all of
 * its messages), and a nested field's message under its full path too ("changes.drinksPerCode",
 * "item.optionGroups.0.name"), so a form of nested input shows the server's message beside the right input.
 * Messages about the input as a whole go to formErrors.
 */
export function fieldErrorsOf(error: ZodError): FieldErrors {
  const result: FieldErrors = z.flattenError(error);
  for (const issue of error.issues) {
    if (issue.path.length < 2) continue;
    (result.fieldErrors[issue.path.map(String).join(".")] ??= []).push(issue.message);
  }
  return result;
}
