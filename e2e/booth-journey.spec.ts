import { expect, test } from "@playwright/test";
import { attendeeScans, boardColumn, card, createBooth, openBoard, openDisplay, orderDrink, orderHeading, scanCode, tap } from "./booth";

test("three attendees order from the booth screen's code; two baristas make the drinks; every screen follows live", async ({ browser }) => {
  test.setTimeout(120_000);
  const booth = await createBooth({ drinksPerCode: 10 });
  const display = await openDisplay(browser, booth);
  const rita = await openBoard(browser, booth, "first");
  const sam = await openBoard(browser, booth, "second");
  await expect(display.page.getByText("10 drinks left")).toBeVisible();

  // Ana scans the code, signs in with her name and chooses.
  const ana = await attendeeScans(browser, await scanCode(display.page), "Ana Lima");
  await orderDrink(ana.page, "Oat");
  await expect(orderHeading(ana.page)).toHaveText("Order #1 is in the queue");
  await expect(ana.page.getByText("You are number 1 in the queue")).toBeVisible();
  await expect(display.page.getByText("9 drinks left")).toBeVisible();

  // The new order reaches both boards and the booth screen without a reload.
  await expect(card(rita.page, 1)).toContainText("Ana Lima");
  await expect(card(rita.page, 1)).toContainText("Oat");
  await expect(card(sam.page, 1)).toBeVisible();
  const preparing = display.page.getByRole("region", { name: "Preparing" });
  await expect(preparing).toContainText("#1");
  await expect(preparing).toContainText("Ana");
  await expect(preparing).not.toContainText("Lima"); // first names only on the public screen

  // Bea and Carl order too.
  const bea = await attendeeScans(browser, await scanCode(display.page), "Bea");
  await orderDrink(bea.page);
  await expect(orderHeading(bea.page)).toHaveText("Order #2 is in the queue");
  const carl = await attendeeScans(browser, await scanCode(display.page), "Carl");
  await orderDrink(carl.page);
  await expect(orderHeading(carl.page)).toHaveText("Order #3 is in the queue");
  await expect(display.page.getByText("7 drinks left")).toBeVisible();

  // Rita makes Ana's drink: it leaves the New column on Sam's board too, and Ana sees it being made.
  await tap(rita.page, "New", 1, "Make");
  const samMaking = await boardColumn(sam.page, "Making");
  await expect(samMaking.getByRole("article", { name: "Order #1", exact: true })).toContainText("Rita Barista");
  await expect((await boardColumn(sam.page, "New")).getByRole("article", { name: "Order #1", exact: true })).toHaveCount(0);
  await expect(orderHeading(ana.page)).toHaveText("Order #1 is being made");

  // Sam makes Bea's at the same time.
  await tap(sam.page, "New", 2, "Make");
  await expect(orderHeading(bea.page)).toHaveText("Order #2 is being made");

  // Ready: Ana's phone and the booth screen say so.
  await tap(rita.page, "Making", 1, "Ready");
  await expect(orderHeading(ana.page)).toHaveText("Ready: show #1 at the counter");
  const ready = display.page.getByRole("region", { name: "Ready" });
  await expect(ready).toContainText("#1");
  await expect(ready).toContainText("Ana");

  // Picked up: gone from the booth screen's Ready list.
  await tap(rita.page, "Ready", 1, "Picked up");
  await expect(orderHeading(ana.page)).toHaveText("Enjoy your Flat White!");
  await expect(ready).not.toContainText("#1");

  // Carl is now second in the queue... and first once Bea's is done.
  await tap(sam.page, "Making", 2, "Ready");
  await expect(orderHeading(bea.page)).toHaveText("Ready: show #2 at the counter");
  await expect(carl.page.getByText("You are number 1 in the queue")).toBeVisible({ timeout: 15_000 });

  for (const person of [display, rita, sam, ana, bea, carl]) await person.context.close();
});

test("two baristas tap Make on the same order: one makes it, the other is told who", async ({ browser }) => {
  const booth = await createBooth();
  const display = await openDisplay(browser, booth);
  const rita = await openBoard(browser, booth, "first");
  const sam = await openBoard(browser, booth, "second");
  const ana = await attendeeScans(browser, await scanCode(display.page), "Ana");
  await orderDrink(ana.page);
  await expect(card(rita.page, 1)).toBeVisible();
  await expect(card(sam.page, 1)).toBeVisible();

  // Sam's board stops hearing pushes (his connection drops and cannot come back yet), so it still shows the order
  // as new when Rita takes it.
  await sam.page.route("**/api/realtime/sse**", (route) => route.abort());
  await sam.context.setOffline(true);
  await sam.context.setOffline(false);
  await tap(rita.page, "New", 1, "Make");
  await expect(orderHeading(ana.page)).toHaveText("Order #1 is being made");
  await tap(sam.page, "New", 1, "Make");
  await expect(sam.page.getByRole("alert").filter({ hasText: "Order #1 is being made by Rita Barista, so nothing changed." })).toBeVisible();

  // Once his connection is back, his board shows who is making it.
  await sam.page.unroute("**/api/realtime/sse**");
  await expect((await boardColumn(sam.page, "Making")).getByRole("article", { name: "Order #1", exact: true })).toContainText("Rita Barista", {
    timeout: 20_000,
  });

  for (const person of [display, rita, sam, ana]) await person.context.close();
});
