import { parse } from "@marcbachmann/cel-js";

/**
 * CEL over events, as Inngest evaluates trigger `expression`s and the `if` of waits and cancellations.
 * A missing field or a type error means "does not match", never a crash (Inngest behaves the same).
 */

const compiled = new Map<string, ReturnType<typeof parse> | null>();

function compile(expression: string) {
  if (!compiled.has(expression)) {
    let program: ReturnType<typeof parse> | null = null;
    try {
      program = parse(expression);
    } catch {
      program = null; // an expression that does not parse matches nothing
    }
    if (compiled.size > 10_000) compiled.clear();
    compiled.set(expression, program);
  }
  return compiled.get(expression) ?? null;
}

export function matches(expression: string | undefined | null, context: Record<string, unknown>): boolean {
  if (!expression) return true;
  const program = compile(expression);
  if (!program) return false;
  try {
    return program(context) === true;
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

/**
 * `match: "data.orderId"` reaches the executor as `event.data.orderId == async.data.orderId`. Such a wait is
 * indexed by the value its own trigger holds at that path, so an incoming event finds its waits by one lookup
 * instead of testing every open wait.
 */
export function matchPathOf(expression: string | null | undefined): string | null {
  const found = expression?.trim().match(/^event\.([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*) == async\.([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*)$/);
  return found && found[1] === found[2] ? found[1]! : null;
}

export function valueAt(source: unknown, path: string): unknown {
  let current = source;
  for (const part of path.split(".")) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}
