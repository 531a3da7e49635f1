import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf } from "./field-errors";

const input = z
  .object({ slug: z.string().min(2, "too short"), changes: z.object({ drinksPerCode: z.number().min(1, "at least 1"), name: z.string() }).partial() })
  .strict()
  .refine((value) => value.slug !== "xx", "not that one");

describe("bad input as forms read it", () => {
  it("puts each message under its field's full path, as flatten does for flat input", () => {
    const error = input.safeParse({ slug: "x", changes: { drinksPerCode: 0, name: 3 } }).error!;
    expect(fieldErrorsOf(error)).toEqual({
      formErrors: [],
      fieldErrors: { slug: ["too short"], "changes.drinksPerCode": ["at least 1"], "changes.name": [expect.stringContaining("string")] },
    });
    expect(Object.keys(fieldErrorsOf(z.object({ a: z.string() }).safeParse({}).error!).fieldErrors)).toEqual(Object.keys(z.flattenError(z.object({ a: z.string() }).safeParse({}).error!).fieldErrors));
  });

  it("keeps messages about the whole input apart", () => {
    expect(fieldErrorsOf(input.safeParse({ slug: "xx", changes: {} }).error!)).toEqual({ formErrors: ["not that one"], fieldErrors: {} });
    expect(fieldErrorsOf(input.safeParse({ slug: "ok", changes: {}, extra: 1 }).error!).formErrors).toEqual([expect.stringContaining("extra")]);
  });
});
