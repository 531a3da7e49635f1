import { expect, test } from "@playwright/test";
import { attendeeScans, createBooth, openBoard, openDisplay, orderDrink, orderHeading, scanCode, seedOrders, tap } from "./booth";

/** The attendee's phone beyond the happy path: a ready drink that cannot be missed, signing out and coming back. */

test("the drink turning ready buzzes the phone, and the tab's title and icon say so until it is collected", async ({ browser }) => {
  const booth = await createBooth();
  const display = await openDisplay(browser, booth);
  const rita = await openBoard(browser, booth, "first");
  const ana = await attendeeScans(browser, await scanCode(display.page), "Ana");
  // The page lives on through every state (each is a refresh, not a new page): record its buzzes from here.
  await ana.page.evaluate(() => {
    const buzzes: unknown[] = [];
    (window as unknown as { buzzes: unknown[] }).buzzes = buzzes;
    Object.defineProperty(navigator, "vibrate", { value: (pattern: unknown) => (buzzes.push(pattern), true) });
  });
  await orderDrink(ana.page);
  await expect(orderHeading(ana.page)).toHaveText("Order #1 is in the queue");
  const icon = () => ana.page.locator('link[rel~="icon"]').first().getAttribute("href");
  const usualIcon = await icon();

  await tap(rita.page, "New", 1, "Make");
  await expect(orderHeading(ana.page)).toHaveText("Order #1 is being made");
  expect(await ana.page.evaluate(() => (window as unknown as { buzzes: unknown[] }).buzzes)).toEqual([]);

  await tap(rita.page, "Making", 1, "Ready");
  await expect(orderHeading(ana.page)).toHaveText("Ready: show #1 at the counter");
  await expect.poll(() => ana.page.evaluate(() => (window as unknown as { buzzes: unknown[] }).buzzes)).toEqual([[400, 150, 400, 150, 600]]);
  await expect(ana.page).toHaveTitle(/^✅ Ready: #1/);
  expect(await icon()).toMatch(/^data:image\/svg\+xml/);
  // A re-read while it stays ready (here after a network blip) keeps saying so: Next.js writes the page's own
  // title and icon back, and the alert puts the ready ones back.
  const reread = ana.page.waitForResponse((response) => response.url().includes("_rsc="));
  await ana.context.setOffline(true);
  await ana.context.setOffline(false);
  await reread;
  await ana.page.waitForTimeout(500);
  await expect(ana.page).toHaveTitle(/^✅ Ready: #1/, { timeout: 1 });
  expect(await icon()).toMatch(/^data:image\/svg\+xml/);

  await tap(rita.page, "Ready", 1, "Picked up");
  await expect(orderHeading(ana.page)).toHaveText("Enjoy your Flat White!");
  await expect(ana.page).not.toHaveTitle(/Ready/);
  expect(await icon()).toBe(usualIcon);
  // Over: the phone says how to get another drink.
  await expect(ana.page.getByRole("region", { name: "Order another" })).toContainText("Scan the code on the booth screen again");

  for (const person of [display, rita, ana]) await person.context.close();
});

test("the phone's place in the queue moves as the drinks ahead leave it, without a reload", async ({ browser }) => {
  const booth = await createBooth();
  const display = await openDisplay(browser, booth);
  await seedOrders(display.page, booth.slug, ["Bea", "Cid"]);
  const rita = await openBoard(browser, booth, "first");
  const ana = await attendeeScans(browser, await scanCode(display.page), "Ana");
  await orderDrink(ana.page);
  const status = ana.page.getByRole("status", { name: "Order status" });
  await expect(status).toContainText("You are number 3 in the queue");

  // The page re-reads on its own only every 30 s: these moves arrive through the queue's channel.
  const live = { timeout: 5_000 };
  await tap(rita.page, "New", 1, "Make");
  await expect(status).toContainText("You are number 2 in the queue", live);
  await tap(rita.page, "New", 2, "Make");
  await expect(status).toContainText("You are number 1 in the queue", live);
  // A drink handed back to the queue goes before Ana's again: it was ordered first.
  await tap(rita.page, "Making", 2, "Release");
  await expect(status).toContainText("You are number 2 in the queue", live);

  for (const person of [display, rita, ana]) await person.context.close();
});

test("a guest who signs out is asked first, and comes back to their order on the same phone", async ({ browser }) => {
  const booth = await createBooth();
  const display = await openDisplay(browser, booth);
  await seedOrders(display.page, booth.slug, ["Someone Before"]);
  const bea = await attendeeScans(browser, await scanCode(display.page), "Bea");
  await orderDrink(bea.page);
  await expect(orderHeading(bea.page)).toHaveText("Order #2 is in the queue");
  const orderPage = bea.page.url();

  await bea.page.getByRole("button", { name: "Sign out" }).click();
  await bea.page.getByRole("group", { name: /^Sign out\?/ }).getByRole("button", { name: "Sign out" }).click();
  await expect(bea.page.getByRole("button", { name: "Continue as Bea" })).toBeVisible();
  await expect(bea.page.getByText("Signed in as")).toHaveCount(0);

  await bea.page.getByRole("button", { name: "Continue as Bea" }).click();
  await expect(bea.page).toHaveURL(orderPage);
  await expect(orderHeading(bea.page)).toHaveText("Order #2 is in the queue");
  await expect(bea.page.getByText("Signed in as Bea")).toBeVisible();

  // Another phone has no way back to Bea's order.
  const other = await browser.newContext();
  const stranger = await other.newPage();
  await stranger.goto("/");
  await expect(stranger.getByRole("button", { name: /^Continue as/ })).toHaveCount(0);

  for (const person of [display, bea]) await person.context.close();
  await other.close();
});
