import { describe, expect, it } from "vitest";
import { sendStagedEvents } from "../../events/outbox";
import { createEvent } from "../config/create-event";
import { databaseWithEventSink } from "../../testing/event-sink";
import { currentWindow } from "./current-window";
import { redeemCode } from "./redeem-code";
import { returnDrink, returnDrinkWithin } from "./return-drink";

const setup = databaseWithEventSink();

describe("a refused order's drink", () => {
  it("goes back to its window once, however often it is asked, and the booth screen hears how many are left", async () => {
    const booth = await createEvent(setup.database.prisma, { slug: "qr-return", name: "Return", timeZone: "UTC", locale: "en" });
    const window = await currentWindow(setup.database.prisma, { eventId: booth.id, drinksPerCode: 3, qrRotationSeconds: 3600 }, new Date());
    await redeemCode(setup.database.prisma, { eventId: booth.id, code: window.code, orderId: "refused-order", attendeeId: "guest-1" });
    await sendStagedEvents(setup.database.prisma);
    const drinksLeft = () => setup.database.prisma.qrWindow.findUniqueOrThrow({ where: { id: window.id } }).then((w) => w.drinksLeft);
    expect(await drinksLeft()).toBe(2);

    const answers = await Promise.all([1, 2, 3].map(() => returnDrink(setup.database.prisma, { orderId: "refused-order" })));
    expect(answers.filter((a) => a !== null)).toEqual([3]);
    expect(await drinksLeft()).toBe(3);
    expect((await setup.events.sent("qr/drink.returned")).map((e) => [e.orderId, e.drinksLeft])).toEqual([["refused-order", 3]]);
  });

  it("is nothing to give back for an order that took none", async () => {
    expect(await returnDrink(setup.database.prisma, { orderId: "never-redeemed" })).toBeNull();
  });

  it("inside a caller's transaction, goes back only if that transaction commits", async () => {
    const booth = await createEvent(setup.database.prisma, { slug: "qr-return-within", name: "Within", timeZone: "UTC", locale: "en" });
    const window = await currentWindow(setup.database.prisma, { eventId: booth.id, drinksPerCode: 3, qrRotationSeconds: 3600 }, new Date());
    await redeemCode(setup.database.prisma, { eventId: booth.id, code: window.code, orderId: "closing-order", attendeeId: "guest-2" });
    const drinksLeft = () => setup.database.prisma.qrWindow.findUniqueOrThrow({ where: { id: window.id } }).then((w) => w.drinksLeft);

    const failed = setup.database.prisma.$transaction(async (tx) => {
      expect(await returnDrinkWithin(tx, { orderId: "closing-order" })).toMatchObject({ drinksLeft: 3 });
      throw new Error("the close failed");
    });
    await expect(failed).rejects.toThrow("the close failed");
    expect(await drinksLeft()).toBe(2);

    const returned = await setup.database.prisma.$transaction((tx) => returnDrinkWithin(tx, { orderId: "closing-order" }));
    expect(returned).toEqual({ drinksLeft: 3, stagedEventIds: [expect.any(String)] });
    expect(await drinksLeft()).toBe(3);
    await sendStagedEvents(setup.database.prisma, { ids: returned!.stagedEventIds });
    expect((await setup.events.sent("qr/drink.returned")).filter((e) => e.orderId === "closing-order")).toEqual([expect.objectContaining({ drinksLeft: 3 })]);
  });
});
