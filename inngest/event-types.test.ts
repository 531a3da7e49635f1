import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { catalog, engineSelfTestRequested } from "../server/events/catalog";
import type { EventDefinition } from "../server/events/define-event";
import { inngestEvent } from "./event-types";

describe("the catalog as the Inngest SDK sees it", () => {
  it("gives every catalogued event a trigger with its name and version, made once", () => {
    for (const definition of catalog as readonly EventDefinition<string, z.ZodObject>[]) {
      const type = inngestEvent(definition);
      expect(type.name).toBe(definition.name);
      expect(type.version).toBe(String(definition.version));
      expect(inngestEvent(definition)).toBe(type);
    }
  });

  it("refuses to create an event whose data breaks the catalog's schema", async () => {
    const valid = { testId: "t-1", requestedAt: new Date().toISOString() };
    const made = inngestEvent(engineSelfTestRequested).create(valid);
    expect(made.name).toBe("engine/self-test.requested");
    expect(made.data).toEqual(valid);
    await expect(Promise.resolve().then(() => inngestEvent(engineSelfTestRequested).create({ ...valid, requestedAt: "soon" }).validate())).rejects.toThrow();
  });
});
