/**
 * A time zone as people say it, in their language: "Japan Standard Time", "Hora padrão do Japão", "日本標準時".
 * Intl's generic long name, so the words do not flip between summer and winter time; the IANA id if Intl has none.
 */
export function zoneName(locale: string, timeZone: string, at: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "longGeneric" }).formatToParts(at);
  return parts.find((part) => part.type === "timeZoneName")?.value ?? timeZone;
}
