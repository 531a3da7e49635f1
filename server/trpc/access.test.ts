import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../testing/test-db";
import { buildWorld, roles, type World } from "../testing/world";
import { callByPath } from "../testing/call-by-path";
import { procedureCases } from "../testing/procedure-cases";
import { appRouter } from "./root";

let world: World;

beforeAll(async () => {
  world = await buildWorld(await createTestDb());
});
afterAll(async () => {
  await world?.database.close();
});

describe("the access table", () => {
  it("covers every procedure of the app", () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    expect(Object.keys(procedureCases).sort()).toEqual(procedures);
  });
});

describe.each(Object.entries(procedureCases))("%s", (path, procedureCase) => {
  it.each(roles)("as %s", async (role) => {
    const input = procedureCase.input ? await procedureCase.input(world, role) : undefined;
    const call = callByPath(world.caller(role), path, input);
    if (procedureCase.allowed.includes(role)) {
      await expect(call).resolves.not.toBeInstanceOf(Error);
      return;
    }
    const error = await call.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe(role === "anonymous" ? "UNAUTHORIZED" : "FORBIDDEN");
  });
});

describe("what each role sees", () => {
  it("a barista sees only the events they work at, an organiser sees them all", async () => {
    const mine = await world.caller("barista").staff.myEvents();
    expect(mine.map((e) => e.slug)).toEqual(["demo"]);
    const all = await world.caller("organiser").staff.myEvents();
    expect(all.map((e) => e.slug)).toEqual(expect.arrayContaining(["demo", "other-booth"]));
  });

  it("a barista of another event is refused with a message naming the event", async () => {
    await expect(world.caller("baristaOfOtherEvent").staff.event({ slug: "demo" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "You are not a barista at Presso Demo Booth",
    });
  });

  it("an unknown event is 404 for staff", async () => {
    await expect(world.caller("barista").staff.event({ slug: "no-such-event" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(world.caller("anonymous").event.publicInfo({ slug: "no-such-event" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("the booth screen's display account cannot act as a barista", async () => {
    const organiser = world.caller("organiser");
    const display = await organiser.admin.staff.add({
      slug: "demo",
      email: "screen@test.local",
      role: "DISPLAY",
      newAccount: { name: "Booth Screen", password: "screen-pass" },
    });
    const { loadActor } = await import("../auth/actor");
    const { createCaller } = await import("./root");
    const screen = createCaller({ db: world.database.prisma, actor: await loadActor(world.database.prisma, display.userId) });
    await expect(screen.staff.event({ slug: "demo" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("a removed staff member loses access at once", async () => {
    const organiser = world.caller("organiser");
    const member = await organiser.admin.staff.add({
      slug: "demo",
      email: "temp@test.local",
      newAccount: { name: "Tim Temp", password: "temp-pass-1" },
    });
    const { loadActor } = await import("../auth/actor");
    const { createCaller } = await import("./root");
    const temp = createCaller({ db: world.database.prisma, actor: await loadActor(world.database.prisma, member.userId) });
    await expect(temp.staff.event({ slug: "demo" })).resolves.toMatchObject({ role: "BARISTA" });
    await organiser.admin.staff.remove({ slug: "demo", userId: member.userId });
    await expect(temp.staff.event({ slug: "demo" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("public event info carries no limits or staff", async () => {
    const info = await world.caller("anonymous").event.publicInfo({ slug: "demo" });
    expect(Object.keys(info).sort()).toEqual(["brandColor", "locale", "logoDigest", "name", "slug", "storeOpen", "timeZone"]);
  });
});
