import { expect, test, type Locator, type Page } from "@playwright/test";
import { boardColumn, createBooth, openBoard, openDisplay, organiserActs, phone, seedOrders, tablet } from "./booth";

const names = (count: number, prefix: string) => Array.from({ length: count }, (_, index) => `${prefix} ${index + 1}`);

/**
 * Every button, tab and choice is at least 44 px each way, and no label is cut; with `oneLine`, no label wraps
 * either (its text's line boxes all share one top).
 */
async function expectTouchTargets(targets: Locator, { oneLine = false } = {}) {
  const sizes = await targets.evaluateAll((elements) =>
    elements
      .filter((element) => (element as HTMLElement).offsetParent !== null)
      .map((element) => {
        const box = element.getBoundingClientRect();
        const text = (element as HTMLElement).innerText;
        const range = document.createRange();
        range.selectNodeContents(element);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
        return { text, width: box.width, height: box.height, clipped: element.scrollWidth > element.clientWidth + 1, lines };
      }),
  );
  expect(sizes.length).toBeGreaterThan(0);
  for (const size of sizes) {
    expect(size.height, size.text).toBeGreaterThanOrEqual(44);
    expect(size.width, size.text).toBeGreaterThanOrEqual(44);
    expect(size.clipped, size.text).toBe(false);
    if (oneLine) expect(size.lines, `${size.text} on one line`).toBe(1);
  }
}

/** The top bar on the narrowest phones a booth sees: thumb-sized links and button, labels on one line, no sideways scroll. */
async function expectTopBarFits(page: Page) {
  for (const width of [412, 360]) {
    await page.setViewportSize({ width, height: 915 });
    const bar = page.getByRole("banner");
    await expect(bar.getByRole("button", { name: "Sign out" })).toBeVisible();
    await test.step(`top bar at ${width} px`, () => expectTouchTargets(bar.locator("a, button"), { oneLine: true }));
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${width} px: no sideways scroll`).toBeLessThanOrEqual(width);
  }
}

const scrolledBy = (page: Page) => page.evaluate(() => window.scrollY);

test("on a phone with nine orders, the tabs count them, the first order's Make is on screen without scrolling, and the top bar fits 360 px", async ({ browser }) => {
  test.setTimeout(120_000);
  const booth = await createBooth({ drinksPerCode: 20 });
  const display = await openDisplay(browser, booth);
  const rita = await openBoard(browser, booth, "first", phone);
  await seedOrders(display.page, booth.slug, names(9, "Guest"));

  const tabs = rita.page.getByRole("tablist", { name: "Orders" });
  await expect(tabs.getByRole("tab", { name: "New 9" })).toHaveAttribute("aria-selected", "true");
  await expect(tabs.getByRole("tab", { name: "Making 0" })).toBeVisible();
  await expect(tabs.getByRole("tab", { name: "Ready 0" })).toBeVisible();

  const first = rita.page.getByRole("tabpanel", { name: "New" }).getByRole("article").first();
  const make = first.getByRole("button", { name: /^Make #\d+$/ });
  expect(await scrolledBy(rita.page)).toBe(0);
  await expect(make).toBeInViewport({ ratio: 1 });
  await expectTouchTargets(rita.page.getByRole("main").locator("button, label:has(input)"));

  // The screen reader hears each order that arrives while the board is open.
  await seedOrders(display.page, booth.slug, ["Tenth Guest"]);
  await expect(rita.page.getByRole("status", { name: "New orders" })).toContainText("for Tenth Guest");

  // Make moves the order to Making, and the phone follows it there; the keyboard moves between tabs.
  await make.click();
  await expect(tabs.getByRole("tab", { name: "Making 1" })).toHaveAttribute("aria-selected", "true");
  await expect(rita.page.getByRole("tabpanel", { name: "Making" }).getByRole("article")).toHaveCount(1);
  await tabs.getByRole("tab", { name: "Making 1" }).focus();
  await rita.page.keyboard.press("ArrowLeft");
  await expect(tabs.getByRole("tab", { name: "New 9" })).toHaveAttribute("aria-selected", "true");
  await expect(tabs.getByRole("tab", { name: "New 9" })).toBeFocused();
  await rita.page.keyboard.press("End");
  await expect(tabs.getByRole("tab", { name: "Ready 0" })).toBeFocused();

  await expectTopBarFits(rita.page);
  for (const person of [display, rita]) await person.context.close();
});

test("on a tablet the three states stand side by side, with four orders of each in sight", async ({ browser }) => {
  test.setTimeout(120_000);
  const booth = await createBooth({ drinksPerCode: 20 });
  const display = await openDisplay(browser, booth);
  const orders = await seedOrders(display.page, booth.slug, names(12, "Guest"));
  const rita = await openBoard(browser, booth, "first", tablet);
  await expect((await boardColumn(rita.page, "New")).getByRole("article")).toHaveCount(12);
  await organiserActs(booth.slug, [
    ...orders.slice(0, 8).map((orderId) => ({ verb: "claim" as const, orderId })),
    ...orders.slice(0, 4).map((orderId) => ({ verb: "complete" as const, orderId })),
  ]);

  await expect(rita.page.getByRole("tab")).toHaveCount(0);
  const columns = await Promise.all((["New", "Making", "Ready"] as const).map((state) => boardColumn(rita.page, state)));
  for (const column of columns) await expect(column.getByRole("article")).toHaveCount(4);
  const boxes = await Promise.all(columns.map((column) => column.boundingBox()));
  // Side by side: one top edge, left to right, no overlap.
  for (let index = 1; index < boxes.length; index++) {
    expect(Math.abs(boxes[index]!.y - boxes[0]!.y)).toBeLessThan(2);
    expect(boxes[index]!.x).toBeGreaterThanOrEqual(boxes[index - 1]!.x + boxes[index - 1]!.width);
  }
  expect(await scrolledBy(rita.page)).toBe(0);
  for (const column of columns) await expect(column.getByRole("article").nth(3)).toBeInViewport({ ratio: 1 });
  await expectTouchTargets(rita.page.getByRole("main").locator("button, label:has(input)"));

  for (const person of [display, rita]) await person.context.close();
});
