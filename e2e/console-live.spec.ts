import { expect, test } from "@playwright/test";
import { e2eAccounts } from "./accounts";
import { expectAccessible } from "./axe";
import { addDrink, attendeeScans, createBooth, openBoard, openDisplay, orderHeading, organiserActs, scanCode, seedOrders } from "./booth";
import { signInAsStaff } from "./sign-in";

/**
 * The organiser's console follows the booth live: who is on shift (a barista's board and the booth screen open),
 * a drink dragged to the top of the menu (the attendee choosing sees the new order), and the figures page's charts
 * for an order that ran.
 */

const live = { timeout: 15_000 };

test("a barista's open board puts them on shift, a dragged drink moves on the attendee's menu, and the figures chart the order", async ({ browser, page }) => {
  test.setTimeout(150_000);
  const booth = await createBooth();
  await addDrink(booth.slug, { name: "Iced Latte", icon: "iced-latte", station: "COLD_BAR" });
  const display = await openDisplay(browser, booth);
  const board = await openBoard(browser, booth, "first");

  // On shift: the board and the booth screen checked in when they opened.
  await signInAsStaff(page, e2eAccounts.organiser);
  await page.goto(`/admin/events/${booth.slug}`);
  const onShift = page.getByRole("table", { name: "On shift now" });
  await expect(onShift.getByRole("row", { name: /Rita Barista/ })).toContainText("Barista board");
  await expect(onShift.getByRole("row", { name: /Booth Screen/ })).toContainText("Booth screen");
  await expect(onShift.getByRole("row", { name: /Sam Barista/ })).toHaveCount(0);
  await expectAccessible(page, "the event console with who is on shift");

  // Drag: Iced Latte goes above Flat White; the attendee choosing a drink sees it first, without reloading.
  const attendee = await attendeeScans(browser, await scanCode(display.page), "Ana");
  await expect(orderHeading(attendee.page)).toHaveText("Choose your drink");
  const attendeeDrinks = attendee.page.getByRole("group", { name: "Drink" }).getByRole("radio");
  await expect(attendeeDrinks.first()).toHaveAccessibleName("Flat White");

  await page.getByRole("navigation", { name: "This event" }).getByRole("link", { name: "Menu" }).click();
  const drinkNames = page.getByRole("list", { name: "Drinks" }).getByRole("heading", { level: 2 });
  await expect(drinkNames).toHaveText(["Flat White", "Iced Latte"]);
  const handle = page.getByRole("button", { name: "Drag Iced Latte to a new place" });
  const target = page.getByRole("list", { name: "Drinks" }).getByRole("listitem").filter({ hasText: "Flat White" });
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, to.y + 5, { steps: 8 });
  await page.mouse.up();
  await expect(drinkNames).toHaveText(["Iced Latte", "Flat White"]);
  // Still first once the server has answered and the page has re-read the menu.
  await expect(page.getByRole("button", { name: "Move Iced Latte up" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Move Iced Latte down" })).toBeEnabled(live);
  await expect(drinkNames).toHaveText(["Iced Latte", "Flat White"]);
  await expect(attendeeDrinks.first()).toHaveAccessibleName("Iced Latte", live);

  // Figures: an order that ran shows in the charts, each named by what it says.
  const [bea] = await seedOrders(display.page, booth.slug, ["Bea Costa"], { drink: "Flat White" });
  await organiserActs(booth.slug, [
    { verb: "claim", orderId: bea! },
    { verb: "complete", orderId: bea! },
  ]);
  await page.goto(`/admin/events/${booth.slug}/figures`);
  await expect(page.getByRole("img", { name: /^From scan to pick-up: 2 scanned, 1 chose a drink \(50%\), 1 made \(50%\)/ })).toBeVisible();
  const hourly = page.getByRole("img", { name: /^Orders per hour at \d\d:00: 1 made, 0 picked up/ });
  await expect(hourly).toBeVisible();
  expect(await hourly.evaluate((element) => element.tagName)).toBe("CANVAS");
  // Chart.js has drawn on it: the canvas has pixels that are not blank.
  await expect
    .poll(() => hourly.evaluate((canvas: HTMLCanvasElement) => canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data.some((value) => value !== 0)))
    .toBe(true);
  await expect(page.getByRole("img", { name: /^Waiting and making times per hour/ })).toBeVisible();
  await expectAccessible(page, "the figures with charts");

  for (const context of [display.context, board.context, attendee.context]) await context.close();
});
