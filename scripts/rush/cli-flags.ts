// Command-line options for the simulation tools: `--name value` or `--name=value`, read against a zod schema, so
// a mistake is named in plain words ("--speed: use a number from 1 to 100") before anything touches a server.
import { z } from "zod";

export class UsageError extends Error {}

export function parseFlags<Schema extends z.ZodObject>(argv: string[], schema: Schema, usage: string): z.infer<Schema> {
  const known = Object.keys(schema.shape);
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith("--")) throw new UsageError(`unexpected "${arg}": options start with --\n${usage}`);
    const [flag, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (!known.includes(flag)) throw new UsageError(`unknown option --${flag} (known: ${known.map((name) => `--${name}`).join(", ")})\n${usage}`);
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith("--"))) throw new UsageError(`--${flag} needs a value\n${usage}`);
    if (flag in values) throw new UsageError(`--${flag} is given twice`);
    values[flag] = value;
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `--${issue.path.join(".")}: ${issue.code === "invalid_type" && !(String(issue.path[0]) in values) ? "is required" : issue.message}`);
    throw new UsageError(`${lines.join("\n")}\n${usage}`);
  }
  return parsed.data;
}

/** A whole number option within bounds, with a message saying which. */
export const wholeNumber = (min: number, max: number) =>
  z.coerce.number({ message: `use a whole number from ${min} to ${max}` }).int(`use a whole number from ${min} to ${max}`).min(min, `use a whole number from ${min} to ${max}`).max(max, `use a whole number from ${min} to ${max}`);

/** A number option within bounds (fractions allowed). */
export const numberBetween = (min: number, max: number) =>
  z.coerce.number({ message: `use a number from ${min} to ${max}` }).min(min, `use a number from ${min} to ${max}`).max(max, `use a number from ${min} to ${max}`);

/** The running Presso's address: http(s) only, its origin kept. */
export const serverUrl = z
  .url({ protocol: /^https?$/, message: "use the server's address, e.g. http://127.0.0.1:3000" })
  .transform((url) => new URL(url).origin);
