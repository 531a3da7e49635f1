/**
 * A journal entry's data as a short list of fields a person can scan: nested objects spelt out with dotted names
 * ("drink.name"), lists of choices as "Milk: Oat", everything else as its JSON. The full JSON stays one click away.
 */
export function entryFields(data: unknown): [string, string][] {
  if (!data || typeof data !== "object" || Array.isArray(data)) return [["data", JSON.stringify(data)]];
  return Object.entries(data as Record<string, unknown>).flatMap(([key, value]) => fieldsOf(key, value));
}

function fieldsOf(key: string, value: unknown): [string, string][] {
  if (value === null || value === undefined) return [[key, "—"]];
  if (Array.isArray(value)) return [[key, value.length === 0 ? "none" : value.map(itemText).join(", ")]];
  if (typeof value === "object") return Object.entries(value as Record<string, unknown>).flatMap(([inner, v]) => fieldsOf(`${key}.${inner}`, v));
  return [[key, String(value)]];
}

function itemText(item: unknown): string {
  if (item && typeof item === "object" && "group" in item && "choice" in item) return `${String(item.group)}: ${String(item.choice)}`;
  return typeof item === "string" ? item : JSON.stringify(item);
}
