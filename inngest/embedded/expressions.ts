import { evaluate } from "@marcbachmann/cel-js";

/**
 * CEL over events, as Inngest evaluates trigger `expression`s and the `if` of waits and cancellations.
 * A missing field or a type error means "does not match", never a crash (Inngest behaves the same).
 */
export function matches(expression: string | undefined | null, context: Record<string, unknown>): boolean {
  if (!expression) return true;
  try {
    return evaluate(expression, context) === true;
  } catch {
    return false;
  }
}

/** Whether an event name matches a trigger: exact, or a wildcard such as `order/*`. */
export function nameMatches(pattern: string, name: string): boolean {
  if (pattern === name) return true;
  if (!pattern.includes("*")) return false;
  const regex = new RegExp(`^${pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, "\\$&")).join(".*")}$`);
  return regex.test(name);
}
