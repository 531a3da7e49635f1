import type { ZodError } from "zod";

/** Bad input, for forms: one list of messages per field, plus those about the whole input. */
export type FieldErrors = { formErrors: string[]; fieldErrors: Record<string, string[] | undefined> };

/**
 * A zod error as forms read it: each message under its field's full path ("name", "changes.drinksPerCode",
 * "item.optionGroups.0.name"), so a form of nested input can show the server's message beside the right field
 * (zod's own flatten keeps only the first segment). Messages about the input as a whole go to formErrors.
 */
export function fieldErrorsOf(error: ZodError): FieldErrors {
  const result: FieldErrors = { formErrors: [], fieldErrors: {} };
  for (const issue of error.issues) {
    if (issue.path.length === 0) {
      result.formErrors.push(issue.message);
      continue;
    }
    const field = issue.path.map(String).join(".");
    (result.fieldErrors[field] ??= []).push(issue.message);
  }
  return result;
}
