import { expect, test, type Browser } from "@playwright/test";
import { attendeeScans, boardColumn, card, createBooth, openBoard, openDisplay, orderDrink, orderHeading, scanCode } from "./booth";

/** A booth screen, Rita's board, and Ana's order #1 waiting in the queue. */
async function boothWithOneQueuedOrder(browser: Browser) {
  const booth = await createBooth();
  const display = await openDisplay(browser, booth);
  const rita = await openBoard(browser, booth, "first");
  const ana = await attendeeScans(browser, await scanCode(display.page), "Ana");
  await orderDrink(ana.page);
  await expect(orderHeading(ana.page)).toHaveText("Order #1 is in the queue");
  return { booth, display, rita, ana };
}

test("offline, the board says nothing is sent and its buttons rest; back online, the order is still new", async ({ browser }) => {
  const { display, rita, ana } = await boothWithOneQueuedOrder(browser);
  const make = card(rita.page, 1).getByRole("button", { name: "Make #1", exact: true });
  await expect(make).toBeEnabled();

  await rita.context.setOffline(true);
  await expect(rita.page.getByRole("alert").filter({ hasText: "Offline: not sent" })).toBeVisible();
  await expect(make).toBeDisabled();
  await expect(rita.page.getByRole("button", { name: "Close store" })).toBeDisabled();

  await rita.context.setOffline(false);
  await expect(rita.page.getByRole("status", { name: "Connection: Live" })).toBeVisible({ timeout: 20_000 });
  await expect(make).toBeEnabled();
  await expect(rita.page.getByRole("alert").filter({ hasText: "Offline: not sent" })).toHaveCount(0);
  // Nothing was waiting to go: the order is still new, on the board and on Ana's phone.
  await expect((await boardColumn(rita.page, "New")).getByRole("article", { name: "Order #1", exact: true })).toBeVisible();
  await ana.page.reload();
  await expect(orderHeading(ana.page)).toHaveText("Order #1 is in the queue");

  for (const person of [display, rita, ana]) await person.context.close();
});

test("a tap the network drops on its way is shown as not sent, and is not sent later", async ({ browser }) => {
  const { display, rita, ana } = await boothWithOneQueuedOrder(browser);

  // The browser still thinks it is online (a Wi-Fi that lost its way out): the request fails on the way.
  await rita.page.route("**/api/trpc/board.claim**", (route) => route.abort("internetdisconnected"));
  await card(rita.page, 1).getByRole("button", { name: "Make #1", exact: true }).click();
  await expect(rita.page.getByRole("alert").filter({ hasText: "Offline: not sent: Make #1 did not reach the server" })).toBeVisible();

  // The way out is back; the board re-reads and nothing goes out on its own.
  await rita.page.unroute("**/api/trpc/board.claim**");
  await rita.page.getByRole("button", { name: "Dismiss" }).click();
  await expect(card(rita.page, 1).getByRole("button", { name: "Make #1", exact: true })).toBeEnabled();
  await ana.page.reload();
  await expect(orderHeading(ana.page)).toHaveText("Order #1 is in the queue");

  for (const person of [display, rita, ana]) await person.context.close();
});
