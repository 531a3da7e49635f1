import { describe, expect, it } from "vitest";
import { catalogueOf, eventSlugOf, resolveLocale } from "./locale";

const lisbon = { locale: "pt-PT", timeZone: "Europe/Lisbon" };

describe("a page's language and time zone", () => {
  it("follow the event on its pages: its language picks the catalogue, its full tag formats", () => {
    expect(resolveLocale({ event: lisbon, chosen: undefined })).toEqual({ locale: "pt-PT", catalogue: "pt", timeZone: "Europe/Lisbon" });
    expect(resolveLocale({ event: { locale: "ja-JP", timeZone: "Asia/Tokyo" }, chosen: undefined })).toEqual({ locale: "ja-JP", catalogue: "ja", timeZone: "Asia/Tokyo" });
    expect(resolveLocale({ event: { locale: "de", timeZone: "Europe/Berlin" }, chosen: undefined }).catalogue).toBe("de");
    expect(resolveLocale({ event: { locale: "en-GB", timeZone: "Europe/London" }, chosen: undefined }).locale).toBe("en-GB");
  });

  it("fall back to English for a language without a catalogue, keeping the event's zone", () => {
    expect(resolveLocale({ event: { locale: "fr-FR", timeZone: "Europe/Paris" }, chosen: undefined })).toEqual({ locale: "en", catalogue: "en", timeZone: "Europe/Paris" });
  });

  it("let the person's cookie choose the language, never the time zone", () => {
    expect(resolveLocale({ event: lisbon, chosen: "ja" })).toEqual({ locale: "ja", catalogue: "ja", timeZone: "Europe/Lisbon" });
    expect(resolveLocale({ event: { locale: "ja-JP", timeZone: "Asia/Tokyo" }, chosen: "pt" })).toEqual({ locale: "pt-PT", catalogue: "pt", timeZone: "Asia/Tokyo" });
    // Choosing the event's own language keeps the event's region.
    expect(resolveLocale({ event: lisbon, chosen: "pt" }).locale).toBe("pt-PT");
  });

  it("ignore a cookie that names no catalogue", () => {
    for (const chosen of ["fr", "PT", "", "en; drop table"]) expect(resolveLocale({ event: lisbon, chosen }).catalogue, chosen).toBe("pt");
  });

  it("off event pages: the cookie or English, in UTC rather than the device's zone", () => {
    expect(resolveLocale({ event: null, chosen: undefined })).toEqual({ locale: "en", catalogue: "en", timeZone: "UTC" });
    expect(resolveLocale({ event: null, chosen: "de" })).toEqual({ locale: "de", catalogue: "de", timeZone: "UTC" });
  });
});

describe("catalogueOf", () => {
  it("maps a language tag to its catalogue by language only", () => {
    expect(catalogueOf("pt-PT")).toBe("pt");
    expect(catalogueOf("pt-BR")).toBe("pt");
    expect(catalogueOf("es-MX")).toBe("es");
    expect(catalogueOf("nl-NL")).toBeNull();
    expect(catalogueOf("not a tag")).toBeNull();
  });
});

describe("eventSlugOf", () => {
  it("finds the event in /e/{slug}/… and nowhere else", () => {
    expect(eventSlugOf("/e/demo/barista")).toBe("demo");
    expect(eventSlugOf("/e/demo")).toBe("demo");
    expect(eventSlugOf("/e/web-summit-2026/orders/abc")).toBe("web-summit-2026");
    expect(eventSlugOf("/offline")).toBeNull();
    expect(eventSlugOf("/admin/e/demo")).toBeNull();
    expect(eventSlugOf(null)).toBeNull();
    expect(eventSlugOf("/e/%E0%A4%A/barista")).toBeNull();
  });
});
