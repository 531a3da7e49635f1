import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf } from "./field-errors";

const input = z
  .object({ slug: z.string().min(2, "too short"), changes: z.object({ drinksPerCode: z.number().min(1, "at least 1"), name: z.string() }).partial() })
  .strict()
  .refine((value) => value.slug !== "xx", "not that one");

describe("bad input as forms read it", () => {
  it("keeps each message under its top-level field and, for a nested field, under its full path too", () => {
    const error = input.safeParse({ slug: "x", changes: { drinksPerCode: 0, name: 3 } }).error!;
    expect(fieldErrorsOf(error)).toEqual({
      formErrors: [],
      fieldErrors: {
        slug: ["too short"],
        changes: ["at least 1", expect.stringContaining("string")],
        "changes.drinksPerCode": ["at least 1"],
        "changes.name": [expect.stringContaining("string")],
      },
    });
    const schema = z.object({ item: z.object({ groups: z.array(z.object({ name: z.string().min(1, "name it") })) }) });
    expect(fieldErrorsOf(schema.safeParse({ item: { groups: [{ name: "Milk" }, { name: "" }] } }).error!).fieldErrors["item.groups.1.name"]).toEqual(["name it"]);
  });

  it("keeps messages about the whole input apart", () => {
    expect(fieldErrorsOf(input.safeParse({ slug: "xx", changes: {} }).error!)).toEqual({ formErrors: ["not that one"], fieldErrors: {} });
    expect(fieldErrorsOf(input.safeParse({ slug: "ok", changes: {}, extra: 1 }).error!).formErrors).toEqual([expect.stringContaining("extra")]);
  });
});
