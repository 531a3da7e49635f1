import { expect, test, type Locator, type Page } from "@playwright/test";
import { e2eAccounts } from "./accounts";
import { attendeeScans, boardColumn, createBooth, device, openBoard, openDisplay, orderDrink, orderHeading, scanCode, tap } from "./booth";
import { signInAsStaff } from "./sign-in";

/** The journal is written by its own workflow, just after each event: a page read too early is read again. */
async function expectSteps(page: Page, steps: string[]) {
  await expect(async () => {
    await page.reload();
    const list = page.getByRole("list", { name: "Steps" });
    for (const step of steps) await expect(list.getByRole("listitem").filter({ hasText: step })).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
}

const step = (page: Page, text: string): Locator => page.getByRole("list", { name: "Steps" }).getByRole("listitem").filter({ hasText: text });

test("a barista opens an order's journey from the board; the organiser finds it by number, filters the journal by it and reads the catalog entry of one of its events", async ({ browser }) => {
  test.setTimeout(150_000);
  const booth = await createBooth();
  const display = await openDisplay(browser, booth);
  const rita = await openBoard(browser, booth, "first");

  const ana = await attendeeScans(browser, await scanCode(display.page), "Ana Lima");
  await orderDrink(ana.page, "Oat");
  await expect(orderHeading(ana.page)).toHaveText("Order #1 is in the queue");
  await tap(rita.page, "New", 1, "Make");
  await tap(rita.page, "Making", 1, "Ready");
  await expect(orderHeading(ana.page)).toHaveText("Ready: show #1 at the counter");

  // From the ready order's card to its story: each step, who did it (the attendee by first name only), and the gaps.
  // On a phone the board shows one state at a time: the Ready tab holds the order now.
  const ready = await boardColumn(rita.page, "Ready");
  await ready.getByRole("article", { name: "Order #1", exact: true }).getByRole("link", { name: "Journey of #1" }).click();
  await expect(rita.page.getByRole("heading", { level: 1, name: "Journey of #1" })).toBeVisible();
  await expectSteps(rita.page, [
    "Scanned the booth's code",
    "Started an order",
    "The booth took the order",
    "Chose Flat White",
    "Got number #1 and joined the queue",
    "Started making it",
    "Marked it ready for pick-up",
  ]);
  await expect(step(rita.page, "Chose Flat White")).toContainText("Ana, attendee");
  await expect(rita.page.getByRole("list", { name: "Steps" })).not.toContainText("Lima");
  await expect(step(rita.page, "Started making it")).toContainText("Rita Barista, barista");
  await expect(step(rita.page, "Marked it ready for pick-up")).toContainText("Rita Barista, barista");
  await expect(step(rita.page, "Got number #1")).toContainText(/\+\d+ s/);
  await expect(step(rita.page, "Got number #1")).toContainText("the system");

  // Back on the board, the order is collected: its journey ends there.
  await rita.page.getByRole("link", { name: "Back to the board" }).click();
  await expect(rita.page.getByRole("status", { name: "Connection: Live" })).toBeVisible();
  await tap(rita.page, "Ready", 1, "Picked up");
  await expect(orderHeading(ana.page)).toHaveText("Enjoy your Flat White!");

  // The organiser finds the order by its number from the event's console and reads the same journey.
  const olivia = await device(browser, { large: true });
  await signInAsStaff(olivia.page, e2eAccounts.organiser);
  await olivia.page.goto(`/admin/events/${booth.slug}`);
  await olivia.page.getByRole("form", { name: "Find an order" }).getByLabel("Order number").fill("1");
  await olivia.page.getByRole("button", { name: "Find its journey" }).click();
  await olivia.page.getByRole("table", { name: "Orders numbered #1" }).getByRole("link", { name: /^Journey of #1 on / }).click();
  await expect(olivia.page).toHaveURL(new RegExp(`/e/${booth.slug}/barista/orders/`));
  await expectSteps(olivia.page, ["Handed it over", "Marked it ready for pick-up"]);

  // The journal, filtered by this event and order number, holds this order's entries only, newest first.
  await olivia.page.goto("/admin/journal");
  const filters = olivia.page.getByRole("form", { name: "Filter the journal" });
  await filters.getByLabel("Event", { exact: true }).selectOption(booth.slug);
  await filters.getByLabel("Order (number or id)").fill("1");
  await filters.getByRole("button", { name: "Show entries" }).click();
  const journal = olivia.page.getByRole("table", { name: "Journal" });
  await expect(journal.getByRole("row").nth(1)).toContainText("order/picked-up");
  await expect(journal.getByRole("link", { name: "order/submitted" })).toBeVisible();
  await expect(journal).not.toContainText("config/changed");

  // Each event's name leads to its catalog entry, with its producer, consumers and schema.
  await journal.getByRole("link", { name: "order/queued" }).click();
  await expect(olivia.page).toHaveURL(/\/admin\/catalog#order-queued$/);
  const entry = olivia.page.getByRole("region", { name: "order/queued" });
  await expect(entry).toContainText("The order has its number and waits for a barista.");
  await expect(entry).toContainText("journal");
  await entry.getByText("JSON Schema of its data").click();
  await expect(entry).toContainText('"orderNumber"');

  for (const person of [display, rita, ana, olivia]) await person.context.close();
});
