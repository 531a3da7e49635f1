import { describe, expect, it } from "vitest";
import { eventSettings, eventSettingsShape } from "@/server/services/config/event-settings";
import { settingFields } from "./setting-fields";

describe("the settings form's fields", () => {
  it("cover every limit and window of an event, once, each explained with its unit", () => {
    expect(settingFields.map((field) => field.key).sort()).toEqual(Object.keys(eventSettingsShape).sort());
    for (const field of settingFields) {
      expect(field.label.length, field.key).toBeGreaterThan(3);
      expect(field.explanation.length, field.key).toBeGreaterThan(20);
      expect(field.key.endsWith("Seconds") ? "seconds" : field.unit, field.key).toBe(field.unit);
    }
  });

  it("offer exactly the bounds the server accepts", () => {
    for (const field of settingFields) {
      const at = (value: number) => eventSettings.partial().safeParse({ [field.key]: value }).success;
      expect([at(field.min), at(field.max), at(field.min - 1), at(field.max + 1)], field.key).toEqual([true, true, false, false]);
    }
  });
});
