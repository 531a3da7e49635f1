import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, fingerprint } from "../testing/test-db";
import { buildWorld, type World } from "../testing/world";
import { callByPath } from "../testing/call-by-path";
import { procedureCases } from "../testing/procedure-cases";

/**
 * Every procedure that takes input, called by a role allowed to call it, with input broken in each way a client
 * can break it: not an object, a required field missing, a field of the wrong type, a string far too long.
 * Each must be a 400 that names the field, and the database must be exactly as before.
 */

let world: World;

beforeAll(async () => {
  world = await buildWorld(await createTestDb());
});
afterAll(async () => {
  await world?.database.close();
});

type BadInput = { label: string; input: unknown; field?: string };

function wrongTypeFor(value: unknown): unknown {
  if (typeof value === "string") return 42;
  if (typeof value === "number" || typeof value === "boolean") return "not-a-" + typeof value;
  return "not-an-object";
}

/** Derives the broken variants of a valid input, one level of nesting deep. */
function badInputsFrom(valid: Record<string, unknown>, optional: string[], prefix = ""): BadInput[] {
  const variants: BadInput[] = [];
  for (const [key, value] of Object.entries(valid)) {
    const field = prefix + key;
    const replace = (replacement: unknown) => ({ ...valid, [key]: replacement });
    if (!optional.includes(field)) {
      const { [key]: _removed, ...rest } = valid;
      variants.push({ label: `${field} missing`, input: rest, field: key });
    }
    variants.push({ label: `${field} of the wrong type`, input: replace(wrongTypeFor(value)), field: key });
    if (typeof value === "string") {
      variants.push({ label: `${field} 10,000 characters long`, input: replace("x".repeat(10_000)), field: key });
    }
    if (value && typeof value === "object" && !Array.isArray(value)) {
      for (const nested of badInputsFrom(value as Record<string, unknown>, optional, `${field}.`)) {
        variants.push({ label: nested.label, input: replace(nested.input), field: key });
      }
    }
  }
  return variants;
}

const withInput = Object.entries(procedureCases).filter(([, c]) => c.input !== null);

describe.each(withInput)("%s refuses bad input", (path, procedureCase) => {
  it("with a 400 naming the field, and writes nothing", async () => {
    const role = procedureCase.allowed[procedureCase.allowed.length - 1]!;
    const valid = await procedureCase.input!(world, role);
    const variants: BadInput[] = [
      { label: "no input", input: undefined },
      { label: "null", input: null },
      { label: "a string", input: "demo" },
      { label: "an array", input: [valid] },
      ...badInputsFrom(valid, procedureCase.optional ?? []),
    ];
    const before = await fingerprint(world.database);
    for (const variant of variants) {
      const error = await callByPath(world.caller(role), path, variant.input).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, `${path}: ${variant.label}`).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code, `${path}: ${variant.label}`).toBe("BAD_REQUEST");
      if (variant.field) {
        const issues = ((error as TRPCError).cause as { issues?: { path: PropertyKey[] }[] }).issues ?? [];
        expect(
          issues.some((issue) => issue.path[0] === variant.field),
          `${path}: ${variant.label} names ${variant.field}`,
        ).toBe(true);
      }
    }
    expect(await fingerprint(world.database)).toBe(before);
  });
});

describe("specific rules", () => {
  it("a drink that does not fit the menu is a 400 that says why, and the order stays as it was", async () => {
    const valid = await procedureCases["attendee.submitOrder"]!.input!(world, "attendee");
    const soldOut = await world.database.prisma.menuItem.findFirstOrThrow({ where: { eventId: world.demoEventId, available: false } });
    const before = await fingerprint(world.database);
    await expect(world.caller("attendee").attendee.submitOrder({ ...valid, choice: { menuItemId: soldOut.id } } as never)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: `${soldOut.name} is sold out right now. Please pick another drink.`,
    });
    expect(await fingerprint(world.database)).toBe(before);
  });

  it("opening the store with a choice for people still choosing, or an unknown choice, is a 400 naming it, and the store stays as it was", async () => {
    const before = await fingerprint(world.database);
    for (const input of [{ open: true, choosing: "end-now" }, { open: false, choosing: "everyone-out" }]) {
      const error = await world.caller("barista").board.setStoreOpen({ slug: "demo", ...input } as never).catch((e: unknown) => e);
      expect(error, JSON.stringify(input)).toMatchObject({ code: "BAD_REQUEST" });
      const issues = ((error as TRPCError).cause as { issues?: { path: PropertyKey[] }[] }).issues ?? [];
      expect(issues.map((issue) => issue.path[0])).toEqual(["choosing"]);
    }
    expect(await fingerprint(world.database)).toBe(before);
  });

  it("a guest name of one letter, control characters or a direction override is refused", async () => {
    for (const name of ["A", "  B  ", "Ana\u0000", "Bea\nBea", "\u202eAna", "x".repeat(41)]) {
      await expect(world.caller("attendee").me.renameGuest({ name }), JSON.stringify(name)).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    }
  });

  it("a guest name is trimmed and kept in any script", async () => {
    const names: [string, string][] = [["  Zoë  ", "Zoë"], ["山田", "山田"], ["José María", "José María"]];
    for (const [given, kept] of names) {
      await expect(world.caller("attendee").me.renameGuest({ name: given })).resolves.toEqual({ name: kept });
    }
  });

  it("an event with an unknown time zone or locale is refused, naming the field", async () => {
    const organiser = world.caller("organiser");
    await expect(
      organiser.admin.events.create({ slug: "tz-test", name: "TZ", timeZone: "Mars/Olympus", locale: "en" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("time zone") });
    await expect(
      organiser.admin.events.create({ slug: "tz-test", name: "TZ", timeZone: "UTC", locale: "not a locale" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("language tag") });
  });

  it("settings out of their bounds are refused", async () => {
    const organiser = world.caller("organiser");
    for (const changes of [{ drinksPerCode: 0 }, { maxOpenOrders: -1 }, { submitWindowSeconds: 1.5 }, {}]) {
      await expect(organiser.admin.events.updateSettings({ slug: "demo", changes })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    }
  });
});
