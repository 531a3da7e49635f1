import { expect, test } from "@playwright/test";
import { attendeeScans, card, createBooth, openBoard, openDisplay, orderDrink, orderHeading, scanCode } from "./booth";

test("a closed store shows no code, and an old code says the store is closed", async ({ browser }) => {
  const booth = await createBooth();
  const display = await openDisplay(browser, booth);
  const rita = await openBoard(browser, booth, "first");
  const link = await scanCode(display.page);
  await rita.page.getByRole("button", { name: "Close store" }).click();
  // No one is choosing: closing asks for one confirming tap.
  await rita.page.getByRole("dialog", { name: "Close the store?" }).getByRole("button", { name: "Close store" }).click();
  await expect(display.page.getByText("The store is not taking orders right now")).toBeVisible();
  await expect(display.page.getByRole("img", { name: "QR code: scan to order" })).toHaveCount(0);

  const ana = await attendeeScans(browser, link, "Ana");
  await expect(ana.page.getByRole("alert").filter({ hasText: "The store is closed right now" })).toBeVisible();

  await rita.page.getByRole("button", { name: "Open store" }).click();
  await expect(display.page.getByRole("img", { name: "QR code: scan to order" })).toBeVisible();
  for (const person of [display, rita, ana]) await person.context.close();
});

test("a code whose drinks are all taken hides from the screen and tells a late scanner why", async ({ browser }) => {
  const booth = await createBooth({ drinksPerCode: 1 });
  const display = await openDisplay(browser, booth);
  const link = await scanCode(display.page);
  const ana = await attendeeScans(browser, link, "Ana");
  await expect(orderHeading(ana.page)).toHaveText("Choose your drink");
  await expect(display.page.getByText("We are making drinks!")).toBeVisible();
  await expect(display.page.getByRole("timer")).toContainText("New code in");

  const bea = await attendeeScans(browser, link, "Bea");
  await expect(bea.page.getByRole("alert").filter({ hasText: "All drinks of this code are taken" })).toBeVisible();
  for (const person of [display, ana, bea]) await person.context.close();
});

test("a full booth turns new orders away and says when to try again", async ({ browser }) => {
  const booth = await createBooth({ maxOpenOrders: 1 });
  const display = await openDisplay(browser, booth);
  const ana = await attendeeScans(browser, await scanCode(display.page), "Ana");
  await orderDrink(ana.page);
  await expect(orderHeading(ana.page)).toHaveText("Order #1 is in the queue");

  const bea = await attendeeScans(browser, await scanCode(display.page), "Bea");
  await expect(bea.page.getByRole("alert").filter({ hasText: "The baristas have their hands full" })).toBeVisible();
  await expect(bea.page.getByRole("timer")).toContainText("You can order again in");
  for (const person of [display, ana, bea]) await person.context.close();
});

test("an attendee cancels before a barista starts, and the order leaves the board", async ({ browser }) => {
  const booth = await createBooth();
  const display = await openDisplay(browser, booth);
  const rita = await openBoard(browser, booth, "first");
  const ana = await attendeeScans(browser, await scanCode(display.page), "Ana");
  await orderDrink(ana.page);
  await expect(card(rita.page, 1)).toBeVisible();

  await ana.page.getByRole("button", { name: "Cancel order" }).click();
  await ana.page.getByRole("button", { name: "Yes, cancel my order" }).click();
  await expect(orderHeading(ana.page)).toHaveText("Order cancelled");
  await expect(card(rita.page, 1)).toHaveCount(0);
  await expect(display.page.getByRole("region", { name: "Preparing" })).not.toContainText("#1");
  for (const person of [display, rita, ana]) await person.context.close();
});

test("a barista cancels with a reason, and the attendee reads it", async ({ browser }) => {
  const booth = await createBooth();
  const display = await openDisplay(browser, booth);
  const rita = await openBoard(browser, booth, "first");
  const ana = await attendeeScans(browser, await scanCode(display.page), "Ana");
  await orderDrink(ana.page, "Oat");

  await card(rita.page, 1).getByRole("button", { name: "Cancel #1", exact: true }).click();
  await rita.page.getByRole("group", { name: "Why cancel #1?" }).getByRole("radio", { name: "Other" }).check();
  await rita.page.getByLabel("Reason for cancelling #1").fill("Sorry, the oat milk ran out");
  await rita.page.getByRole("button", { name: "Confirm cancel #1" }).click();
  await expect(orderHeading(ana.page)).toHaveText("Order cancelled");
  await expect(ana.page.getByRole("status", { name: "Order status" })).toContainText("Sorry, the oat milk ran out");
  await expect(card(rita.page, 1)).toHaveCount(0);
  for (const person of [display, rita, ana]) await person.context.close();
});

test("a barista cancels with a preset reason in one tap, and the attendee reads its words", async ({ browser }) => {
  const booth = await createBooth();
  const display = await openDisplay(browser, booth);
  const rita = await openBoard(browser, booth, "first");
  const ana = await attendeeScans(browser, await scanCode(display.page), "Ana");
  await orderDrink(ana.page);

  await card(rita.page, 1).getByRole("button", { name: "Cancel #1", exact: true }).click();
  const reasons = rita.page.getByRole("group", { name: "Why cancel #1?" });
  for (const reason of ["Sold out", "Machine problem", "Duplicate order", "Other"]) await expect(reasons.getByRole("radio", { name: reason })).toBeVisible();
  await reasons.getByRole("radio", { name: "Machine problem" }).check();
  await rita.page.getByRole("button", { name: "Confirm cancel #1" }).click();
  await expect(orderHeading(ana.page)).toHaveText("Order cancelled");
  await expect(ana.page.getByRole("status", { name: "Order status" })).toContainText("Machine problem");
  await expect(card(rita.page, 1)).toHaveCount(0);
  for (const person of [display, rita, ana]) await person.context.close();
});

test("an attendee who does not choose in time, and an order no barista makes in time, both time out", async ({ browser }) => {
  const booth = await createBooth({ submitWindowSeconds: 5, baristaWindowSeconds: 6 });
  const display = await openDisplay(browser, booth);
  const slow = await attendeeScans(browser, await scanCode(display.page), "Sol");
  await expect(slow.page.getByRole("timer")).toContainText("Time left to choose");
  const bea = await attendeeScans(browser, await scanCode(display.page), "Bea");
  await orderDrink(bea.page);
  await expect(orderHeading(bea.page)).toHaveText(/^Order #1 is in the queue$/);

  await expect(orderHeading(slow.page)).toHaveText("Order timed out", { timeout: 20_000 });
  await expect(slow.page.getByText("Time ran out before you chose a drink")).toBeVisible();
  await expect(orderHeading(bea.page)).toHaveText("Order timed out", { timeout: 20_000 });
  await expect(bea.page.getByText("our baristas could not make your drink in time")).toBeVisible();
  await expect(display.page.getByRole("region", { name: "Preparing" })).not.toContainText("#1");
  for (const person of [display, slow, bea]) await person.context.close();
});
