import { describe, expect, it } from "vitest";
import { locale, timeZone } from "@/server/services/config/event-settings";
import { catalogueOf } from "../i18n/locale";
import { languageChoices, timeZoneChoices } from "./zone-and-language-choices";

const winter = new Date("2026-12-02T12:00:00Z");
const values = (groups: { choices: { value: string }[] }[]) => groups.flatMap((group) => group.choices.map((choice) => choice.value));
const labelOf = (groups: { choices: { value: string; label: string }[] }[], value: string) =>
  groups.flatMap((group) => group.choices).find((choice) => choice.value === value)?.label;

describe("the event form's time zones", () => {
  const zones = timeZoneChoices(winter);

  it("offers every zone Intl knows, once, each one the server accepts, grouped by region and named by city with its offset", () => {
    const offered = values(zones);
    expect(offered.length).toBeGreaterThan(400);
    expect(new Set(offered).size).toBe(offered.length);
    for (const zone of offered) expect(timeZone.safeParse(zone).success, zone).toBe(true);
    expect(zones[0]).toEqual({ label: "Universal", choices: [{ value: "UTC", label: "UTC (GMT)" }] });
    expect(zones.find((group) => group.label === "Europe")?.choices).toContainEqual({ value: "Europe/Lisbon", label: "Lisbon (GMT)" });
    expect(labelOf(zones, "Asia/Tokyo")).toBe("Tokyo (GMT+9)");
    expect(labelOf(zones, "America/Argentina/Buenos_Aires") ?? labelOf(zones, "America/Buenos_Aires")).toMatch(/^Buenos Aires.* \(GMT-3\)$/);
  });

  it("uses today's names for renamed zones, and the offset of the day (summer time in July)", () => {
    expect(labelOf(zones, "Asia/Kolkata")).toBe("Kolkata (GMT+5:30)");
    expect(labelOf(zones, "Europe/Kyiv")).toBe("Kyiv (GMT+2)");
    expect(values(zones)).not.toContain("Asia/Calcutta");
    expect(labelOf(timeZoneChoices(new Date("2026-07-02T12:00:00Z")), "Europe/Lisbon")).toBe("Lisbon (GMT+1)");
  });

  it("keeps a saved zone the list does not hold, first, so editing never changes it unasked", () => {
    const withAlias = timeZoneChoices(winter, "Asia/Calcutta");
    expect(withAlias[0]).toEqual({ label: "Current setting", choices: [{ value: "Asia/Calcutta", label: "Asia/Calcutta (GMT+5:30)" }] });
    expect(timeZoneChoices(winter, "Asia/Tokyo")[0]!.label).toBe("Universal");
  });
});

describe("the event form's languages", () => {
  const languages = languageChoices();

  it("offers each catalogue's language in its regions, each a tag the server accepts and a catalogue serves", () => {
    expect(languages.map((group) => group.label)).toEqual(["English", "Portuguese", "Spanish", "German", "Japanese"]);
    for (const tag of values(languages)) {
      expect(locale.safeParse(tag).success, tag).toBe(true);
      expect(catalogueOf(tag), tag).not.toBeNull();
    }
    expect(values(languages)).toEqual(expect.arrayContaining(["en-GB", "en-US", "pt-PT", "pt-BR", "es-ES", "es-MX", "de-DE", "de-CH", "ja-JP"]));
  });

  it("names each in English and, where it differs, in the language itself", () => {
    expect(labelOf(languages, "en-GB")).toBe("British English");
    expect(labelOf(languages, "pt-PT")).toBe("European Portuguese · português europeu");
    expect(labelOf(languages, "ja-JP")).toBe("Japanese (Japan) · 日本語 (日本)");
  });

  it("keeps a saved language without a catalogue, and says its screens are in English", () => {
    expect(languageChoices("fr-FR")[0]).toEqual({ label: "Current setting", choices: [{ value: "fr-FR", label: "fr-FR (no translation yet: screens in English)" }] });
  });
});
