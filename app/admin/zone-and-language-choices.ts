import { catalogueOf, catalogues, type Catalogue } from "../i18n/locale";

/**
 * What the event form offers for an event's time zone and language: every zone this server's Intl knows, grouped
 * by region, named by city with its offset today; and each language Presso has a catalogue for, in the regions
 * where booths are likely, named in English and in the language itself. Built on the server (zones and names
 * differ between a server's and a browser's Intl data, which would not hydrate alike).
 */

export type Choice = { value: string; label: string };
export type ChoiceGroup = { label: string; choices: Choice[] };

/**
 * ICU (Node 20, and browsers of its age) still lists some zones by names IANA has since replaced; people look for
 * the new ones. Both names are valid zones to the server's check, so either saves.
 */
const renamedZones: Record<string, string> = {
  "Africa/Asmera": "Africa/Asmara",
  "America/Godthab": "America/Nuuk",
  "Asia/Calcutta": "Asia/Kolkata",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Rangoon": "Asia/Yangon",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Atlantic/Faeroe": "Atlantic/Faroe",
  "Europe/Kiev": "Europe/Kyiv",
  "Pacific/Enderbury": "Pacific/Kanton",
  "Pacific/Ponape": "Pacific/Pohnpei",
  "Pacific/Truk": "Pacific/Chuuk",
};

/** The regions offered for each catalogue's language: its home first, then where else it is a booth's language. */
const regionsOf: Record<Catalogue, string[]> = {
  en: ["GB", "US", "IE", "CA", "AU", "NZ", "IN", "SG", "ZA"],
  pt: ["PT", "BR", "AO", "MZ"],
  es: ["ES", "MX", "AR", "CO", "CL", "PE", "US"],
  de: ["DE", "AT", "CH"],
  ja: ["JP"],
};

/** "GMT+5:30" for a zone at a moment ("GMT" for none). */
function offsetAt(timeZone: string, moment: Date): string {
  const parts = new Intl.DateTimeFormat("en", { timeZone, timeZoneName: "shortOffset" }).formatToParts(moment);
  const offset = parts.find((part) => part.type === "timeZoneName")?.value ?? "GMT";
  return offset === "GMT+0" ? "GMT" : offset;
}

/** "America/Argentina/Buenos_Aires" → "Buenos Aires, Argentina". */
function placeOf(zone: string): string {
  const [, ...rest] = zone.split("/");
  return rest
    .reverse()
    .map((part) => part.replaceAll("_", " "))
    .join(", ");
}

export function timeZoneChoices(moment: Date, current?: string): ChoiceGroup[] {
  const byRegion = new Map<string, Choice[]>();
  for (const listed of Intl.supportedValuesOf("timeZone")) {
    const zone = renamedZones[listed] ?? listed;
    const region = zone.split("/")[0]!;
    const choices = byRegion.get(region) ?? [];
    choices.push({ value: zone, label: `${placeOf(zone)} (${offsetAt(zone, moment)})` });
    byRegion.set(region, choices);
  }
  const groups: ChoiceGroup[] = [{ label: "Universal", choices: [{ value: "UTC", label: "UTC (GMT)" }] }];
  for (const [region, choices] of [...byRegion].sort(([a], [b]) => a.localeCompare(b))) {
    groups.push({ label: region, choices: choices.sort((a, b) => a.label.localeCompare(b.label)) });
  }
  return withCurrent(groups, current, (zone) => `${zone} (${offsetAt(zone, moment)})`);
}

export function languageChoices(current?: string): ChoiceGroup[] {
  const inEnglish = new Intl.DisplayNames(["en"], { type: "language" });
  const groups = catalogues.map((catalogue) => ({
    label: inEnglish.of(catalogue)!,
    choices: regionsOf[catalogue].map((region) => {
      const tag = `${catalogue}-${region}`;
      const english = inEnglish.of(tag)!;
      const native = new Intl.DisplayNames([tag], { type: "language" }).of(tag)!;
      return { value: tag, label: native.toLowerCase() === english.toLowerCase() ? english : `${english} · ${native}` };
    }),
  }));
  // A language saved before the picker (or through the API) stays choosable; without a catalogue, screens use English.
  return withCurrent(groups, current, (tag) => (catalogueOf(tag) ? tag : `${tag} (no translation yet: screens in English)`));
}

/** The saved value first, under its own heading, when the list does not hold it: a form never changes it silently. */
function withCurrent(groups: ChoiceGroup[], current: string | undefined, label: (value: string) => string): ChoiceGroup[] {
  if (!current || groups.some((group) => group.choices.some((choice) => choice.value === current))) return groups;
  return [{ label: "Current setting", choices: [{ value: current, label: label(current) }] }, ...groups];
}
