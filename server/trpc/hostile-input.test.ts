import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, fingerprint } from "../testing/test-db";
import { buildWorld, type World } from "../testing/world";
import { callByPath } from "../testing/call-by-path";
import { procedureCases } from "../testing/procedure-cases";

/**
 * Every procedure, called by a role allowed to call it, with generated hostile input: a valid input with one field
 * (at any depth) made hostile, or the whole input replaced. Hostile means what no form sends: a NUL or another
 * control character, an unpaired surrogate or a direction override inside a string, a string thousands of characters
 * long, a value of the wrong type, a number out of every bound, structures nested hundreds deep. Each call must be
 * refused with a 4xx (never a 5xx, never accepted), and the database must be exactly as before.
 */

let world: World;

beforeAll(async () => {
  world = await buildWorld(await createTestDb());
});
afterAll(async () => {
  await world?.database.close();
});

/** Runs per procedure: 33 procedures × 300 take about 10 s on a 2-core machine. */
const runsPerProcedure = 300;

/** Characters no keyboard types into a one-line field; each is refused wherever it lands inside a string. */
const badCharacter = fc.constantFrom(
  "\u0000", "\u0001", "\u0008", "\u000b", "\u001b", "\u001f", "\u007f", "\u0085", "\t", "\n", "\r",
  "\u2028", "\u2029", "\u202e", "\u2066", "\ud800", "\udbff", "\udc00", "\udfff",
);

const nested = (depth: number, asArray: boolean): unknown => {
  let value: unknown = asArray ? [] : {};
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
};
const deep = fc.tuple(fc.integer({ min: 50, max: 800 }), fc.boolean()).map(([depth, asArray]) => nested(depth, asArray));

const numbers = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(NaN, Infinity, -Infinity, -0));
const strings = fc.oneof(fc.string({ unit: "binary", maxLength: 20 }), fc.constantFrom("", "true", "12", "null", "ab\u0000cd"));
const objects = fc.oneof(fc.constant({}), fc.dictionary(fc.string({ maxLength: 5 }), fc.oneof(numbers, strings), { maxKeys: 4 }), deep);
const arrays = fc.oneof(fc.array(fc.oneof(numbers, strings, fc.constant(null)), { maxLength: 4 }), deep);
const others = fc.oneof(fc.constant(null), fc.bigInt(), fc.date());

const wrongTypeFor = {
  string: fc.oneof(numbers, fc.boolean(), others, objects, arrays),
  number: fc.oneof(strings, fc.boolean(), others, objects, arrays),
  boolean: fc.oneof(numbers, strings, others, objects, arrays),
  object: fc.oneof(numbers, strings, fc.boolean(), others, arrays),
  array: fc.oneof(numbers, strings, fc.boolean(), others, objects),
};

/** A valid string with a bad character strictly inside it (so trimming cannot remove it), amid arbitrary Unicode. */
const withBadCharacter = (valid: string) =>
  fc.tuple(badCharacter, fc.nat(), fc.string({ unit: "grapheme", maxLength: 4 })).map(([bad, at, unicode]) => {
    const base = valid.length >= 2 ? valid : `${valid}x${valid}x`;
    const cut = 1 + (at % (base.length - 1));
    return base.slice(0, cut) + unicode + bad + base.slice(cut);
  });

/** The valid string repeated far past any length a field allows. */
const huge = (valid: string) => fc.integer({ min: 1_000, max: 100_000 }).map((length) => (valid || "x").repeat(Math.ceil(length / (valid.length || 1))).slice(0, length));

function hostileFor(valid: unknown): fc.Arbitrary<unknown> {
  if (typeof valid === "string") return fc.oneof(withBadCharacter(valid), huge(valid), wrongTypeFor.string);
  // Every number field is a whole number between 1 and a few thousand.
  if (typeof valid === "number") return fc.oneof(fc.constantFrom(NaN, Infinity, -Infinity, -1, 0.5, 1e15), wrongTypeFor.number);
  if (typeof valid === "boolean") return wrongTypeFor.boolean;
  if (Array.isArray(valid)) {
    // Too many items, or items of the wrong kind (the valid arrays of the table are lists of objects or ids).
    const tooMany = fc.integer({ min: 21, max: 2_000 }).map((length) => Array.from({ length }, () => ({})));
    return fc.oneof(wrongTypeFor.array, tooMany, fc.array(fc.oneof(numbers, others, deep, withBadCharacter("item")), { minLength: 1, maxLength: 3 }));
  }
  return wrongTypeFor.object;
}

/** Every field of a valid input, nested ones included, with its path and valid value. */
function fieldsOf(value: Record<string, unknown>, prefix: string[] = []): { path: string[]; valid: unknown }[] {
  return Object.entries(value).flatMap(([key, valid]) => {
    const path = [...prefix, key];
    const isObject = valid !== null && typeof valid === "object" && !Array.isArray(valid);
    return [{ path, valid }, ...(isObject ? fieldsOf(valid as Record<string, unknown>, path) : [])];
  });
}

function withField(input: Record<string, unknown>, path: string[], replacement: unknown): Record<string, unknown> {
  const copy = structuredClone(input);
  let target = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[path[path.length - 1]!] = replacement;
  return copy;
}

/**
 * A whole input of the wrong kind: anything but an object for a procedure that takes one (a Date is an object
 * without fields to zod, as valid as {} where every field is optional), anything at all for one that takes none.
 */
const hostileWholeInput = (takesInput: boolean) =>
  takesInput
    ? fc.oneof(numbers, strings, fc.boolean(), fc.constant(null), fc.bigInt(), arrays, deep, huge("demo"))
    : fc.oneof(numbers, strings, fc.boolean(), others, arrays, objects, huge("demo"));

/** Calls and returns the error; a call that succeeds is a failure of the property. */
async function refusalOf(path: string, role: Parameters<World["caller"]>[0], input: unknown): Promise<TRPCError> {
  const outcome = await callByPath(world.caller(role), path, input).then(
    (result) => ({ accepted: result }),
    (error: unknown) => ({ error }),
  );
  if ("accepted" in outcome) throw new Error(`${path} accepted ${describeInput(input)}`);
  if (!(outcome.error instanceof TRPCError)) throw new Error(`${path} threw ${String(outcome.error)} for ${describeInput(input)}`);
  return outcome.error;
}

function describeInput(input: unknown): string {
  try {
    const text = JSON.stringify(input, (_key, value: unknown) => (typeof value === "bigint" ? `${value}n` : value));
    return text === undefined ? String(input) : text.length > 300 ? `${text.slice(0, 300)}… (${text.length} characters)` : text;
  } catch {
    return "(an input too deep to print)";
  }
}

describe.each(Object.entries(procedureCases))("%s, given hostile input", (path, procedureCase) => {
  it("refuses it with a 4xx and writes nothing", async () => {
    const role = procedureCase.allowed[procedureCase.allowed.length - 1]!;
    const valid = procedureCase.input ? await procedureCase.input(world, role) : null;
    const hostile = valid
      ? fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...fieldsOf(valid)).chain(({ path: field, valid: value }) => hostileFor(value).map((bad) => withField(valid, field, bad))) },
          { weight: 1, arbitrary: hostileWholeInput(true) },
        )
      : hostileWholeInput(false);
    const before = await fingerprint(world.database);
    await fc.assert(
      fc.asyncProperty(hostile, async (input) => {
        const error = await refusalOf(path, role, input);
        const status = getHTTPStatusCodeFromError(error);
        if (status < 400 || status > 499) throw new Error(`${path} answered ${status} (${error.message}) for ${describeInput(input)}`);
      }),
      { numRuns: runsPerProcedure },
    );
    expect(await fingerprint(world.database)).toBe(before);
  });
});
