import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../../auth/actor";
import { journalStory } from "../../testing/journal-story";
import { orderStory } from "../../testing/order-story";
import { createTestDb } from "../../testing/test-db";
import { buildWorld, type World } from "../../testing/world";
import { createCaller } from "../root";

/** Who may read an order's journey and search the journal, through tRPC (the access table covers each role). */

let world: World;
beforeAll(async () => {
  world = await buildWorld(await createTestDb());
  const demo = orderStory({ eventId: world.demoEventId, orderId: "demo-order", start: "2026-12-02T10:00:00Z", number: 4 }).queuedAfter(20);
  const other = orderStory({ eventId: world.otherEventId, orderId: "other-order", start: "2026-12-02T10:00:00Z", number: 4 }).queuedAfter(20);
  await journalStory(world.database.prisma, [...demo.events, ...other.events]);
});
afterAll(async () => {
  await world?.database.close();
});

describe("an order's journey through tRPC", () => {
  it("shows the event's barista the order's steps in the event's time zone", async () => {
    const journey = await world.caller("barista").journey.order({ slug: "demo", orderId: "demo-order" });
    expect(journey.event.timeZone).toBe("Europe/Lisbon");
    expect(journey.orderNumber).toBe(4);
    expect(journey.steps.map((step) => step.name)).toContain("order/queued");
  });

  it("finds no order of another event through this event's slug", async () => {
    await expect(world.caller("barista").journey.order({ slug: "demo", orderId: "other-order" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(world.caller("baristaOfOtherEvent").journey.order({ slug: "demo", orderId: "demo-order" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("is refused to the booth screen's account", async () => {
    const display = await world.caller("organiser").admin.staff.add({
      slug: "demo",
      email: "journey-screen@test.local",
      role: "DISPLAY",
      newAccount: { name: "Journey Screen", password: "screen-pass" },
    });
    const screen = createCaller({ db: world.database.prisma, actor: await loadActor(world.database.prisma, display.userId) });
    await expect(screen.journey.order({ slug: "demo", orderId: "demo-order" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("finds an order by its number at its own event only", async () => {
    const matches = await world.caller("organiser").journey.findByNumber({ slug: "demo", orderNumber: 4 });
    expect(matches).toEqual([expect.objectContaining({ orderId: "demo-order", day: "2026-12-02" })]);
  });
});

describe("the journal browser through tRPC", () => {
  it("finds an order by number at the chosen event, and asks for an event when none is chosen", async () => {
    const organiser = world.caller("organiser");
    const page = await organiser.journal.browse({ slug: "demo", order: "4" });
    expect(new Set(page.entries.map((entry) => entry.orderId))).toEqual(new Set(["demo-order"]));
    await expect(organiser.journal.browse({ order: "4" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("Choose an event") });
  });

  it("reads the time range in the event's zone", async () => {
    const organiser = world.caller("organiser");
    // Tokyo is 9 hours ahead: the other booth's 10:00 UTC is 19:00 there, and "until 19:00" takes in that minute.
    const evening = await organiser.journal.browse({ slug: "other-booth", from: "2026-12-02T19:00", to: "2026-12-02T19:00" });
    expect(evening.timeZone).toBe("Asia/Tokyo");
    expect(evening.entries.map((entry) => entry.name).sort()).toEqual(["order/accepted", "order/queued", "order/started", "order/submitted", "qr/code.redeemed"]);
    const morning = await organiser.journal.browse({ slug: "other-booth", to: "2026-12-02T18:59" });
    expect(morning.entries).toEqual([]);
  });
});
