import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf } from "./init";

describe("bad input flattened for forms", () => {
  it("keeps each message under its top-level field and, for a nested field, under its dotted path too", () => {
    const schema = z.object({ slug: z.string(), item: z.object({ name: z.string().min(1, "cannot be blank"), groups: z.array(z.object({ name: z.string().min(1, "name it") })) }) });
    const result = schema.safeParse({ slug: 7, item: { name: "", groups: [{ name: "Milk" }, { name: "" }] } });
    expect(fieldErrorsOf(result.error!)).toEqual({
      formErrors: [],
      fieldErrors: {
        slug: [expect.any(String)],
        item: ["cannot be blank", "name it"],
        "item.name": ["cannot be blank"],
        "item.groups.1.name": ["name it"],
      },
    });
  });
});
