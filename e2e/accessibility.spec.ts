import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { e2eAccounts } from "./accounts";
import { expectAccessible } from "./axe";
import {
  addDrink,
  boardColumn,
  createBooth,
  device,
  giveName,
  openBoard,
  openDisplay,
  orderDrink,
  orderHeading,
  organiserActs,
  phone,
  scanCode,
  seedOrders,
  staffApi,
  tablet,
  type Booth,
} from "./booth";
import { signInAsStaff, submitGuestName } from "./sign-in";

/**
 * Every screen state a person meets, checked by axe against WCAG 2.1 A/AA: signed out, the attendee's phone from
 * the scanned link to a cancelled order, the barista board on a phone and a tablet, the booth screen full and
 * closed, the offline page and the organiser's pages. One booth serves them all, in this order (the last test
 * closes its store), with orders in every state from the start.
 */
test.describe.configure({ mode: "serial" });

let booth: Booth;
let display: { context: BrowserContext; page: Page };

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  booth = await createBooth({ drinksPerCode: 20 });
  // A second station, so the board shows its station filter too.
  await addDrink(booth.slug, { name: "Iced Latte", icon: "iced-latte", station: "COLD_BAR" });
  display = await openDisplay(browser, booth);
  const orders = await seedOrders(display.page, booth.slug, ["Ana", "Bea", "Carl", "Duc", "Eve", "Fatou"]);
  // Two new, two being made, two ready.
  await organiserActs(booth.slug, [
    ...orders.slice(0, 4).map((orderId) => ({ verb: "claim" as const, orderId })),
    ...orders.slice(0, 2).map((orderId) => ({ verb: "complete" as const, orderId })),
  ]);
});

test.afterAll(async () => {
  await display?.context.close();
});

test("signed out: the home page, the staff sign-in page and the offline page", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Presso" })).toBeVisible();
  await expectAccessible(page, "the home page, signed out");

  await page.goto("/signin");
  await expect(page.getByRole("region", { name: "Staff" })).toBeVisible();
  await expectAccessible(page, "the sign-in page");

  // As when it is shown for real, the server is out of reach: otherwise the page finds it and goes back mid-check.
  await page.route("**/api/health", (route) => route.abort("internetdisconnected"));
  await page.goto("/offline");
  await expect(page.getByRole("heading", { name: "You are offline" })).toBeVisible();
  await expectAccessible(page, "the offline page");
});

/** The attendee's own order id, from the address their phone is at. */
const orderIdOf = (page: Page) => new URL(page.url()).pathname.split("/").at(-1)!;

test("the attendee's phone: the scanned link before and after a name, the drink form, queued, being made, ready, and the history", async ({ browser }) => {
  const link = await scanCode(display.page);
  const gil = await device(browser);
  await gil.page.goto(link);
  await expect(gil.page.getByLabel("Name for your cup")).toBeVisible();
  await expectAccessible(gil.page, "the scanned link before a name");

  await giveName(gil.page, "Gil");
  await expect(orderHeading(gil.page)).toHaveText("Choose your drink");
  await expectAccessible(gil.page, "the drink form");

  await orderDrink(gil.page, "Oat");
  await expect(orderHeading(gil.page)).toHaveText(/is in the queue$/);
  await expectAccessible(gil.page, "the order, queued");

  const orderId = orderIdOf(gil.page);
  await organiserActs(booth.slug, [{ verb: "claim", orderId }]);
  await expect(orderHeading(gil.page)).toHaveText(/is being made$/);
  await expectAccessible(gil.page, "the order, being made");

  await organiserActs(booth.slug, [{ verb: "complete", orderId }]);
  await expect(orderHeading(gil.page)).toHaveText(/^Ready: show #\d+ at the counter$/);
  await expectAccessible(gil.page, "the order, ready");

  // The code page without a code: the history of this attendee's orders at the booth.
  await gil.page.goto(`/e/${booth.slug}/order`);
  await expect(gil.page.getByRole("region", { name: "Your orders" }).getByRole("listitem")).toHaveCount(1);
  await expectAccessible(gil.page, "the order history");
  await gil.context.close();
});

test("the attendee's phone: a refused code, no orders yet, the cancel question, and a cancelled order", async ({ browser }) => {
  const hana = await device(browser);
  await submitGuestName(hana.page, "Hana");
  await expect(hana.page.getByText(/^Signed in as/)).toBeVisible();
  await expectAccessible(hana.page, "the home page, signed in as an attendee");

  await hana.page.goto(`/e/${booth.slug}/order?code=not-a-real-code`);
  await expect(hana.page.getByRole("alert").filter({ hasText: "Scan the code" })).toBeVisible();
  await expectAccessible(hana.page, "the code page after a name, with a code that does not work");

  await hana.page.goto(`/e/${booth.slug}/order`);
  await expect(hana.page.getByText("You have not ordered here yet.")).toBeVisible();
  await expectAccessible(hana.page, "the code page without a code, no orders yet");

  await hana.page.goto(await scanCode(display.page));
  await orderDrink(hana.page);
  await expect(orderHeading(hana.page)).toHaveText(/is in the queue$/);
  await hana.page.getByRole("button", { name: "Cancel order" }).click();
  await expect(hana.page.getByRole("group", { name: /^Cancel this order\?/ })).toBeVisible();
  await expectAccessible(hana.page, "the order, asking whether to cancel");

  await hana.page.getByRole("button", { name: "Yes, cancel my order" }).click();
  await expect(orderHeading(hana.page)).toHaveText("Order cancelled");
  await expectAccessible(hana.page, "the order, cancelled");
  await hana.context.close();
});

/** Opens one state of the board (its tab, on a phone) and waits until its orders show. */
async function showColumn(board: Page, state: "New" | "Making" | "Ready") {
  const column = await boardColumn(board, state);
  await expect(column.getByRole("article").first()).toBeVisible();
  return column;
}

test("the barista board on a phone: each tab, the cancel form, the menu, and offline", async ({ browser }) => {
  const rita = await openBoard(browser, booth, "first", phone);
  for (const state of ["New", "Making", "Ready"] as const) {
    await showColumn(rita.page, state);
    await expectAccessible(rita.page, `the board on a phone, ${state} tab`);
  }

  const order = (await showColumn(rita.page, "New")).getByRole("article").first();
  await order.getByRole("button", { name: /^Cancel #\d+$/ }).click();
  await order.getByRole("radio", { name: "Other" }).check();
  await expect(order.getByLabel(/^Reason for cancelling #\d+$/)).toBeVisible();
  await expectAccessible(rita.page, "the board on a phone, the cancel form open");
  await order.getByRole("button", { name: /^Keep #\d+$/ }).click();

  // The menu below the board, with a drink sold out (its badge and button change), then back on.
  const menu = rita.page.getByRole("list", { name: "Menu" });
  await menu.getByRole("button", { name: "Mark Flat White sold out" }).click();
  await expect(menu.getByText("Sold out", { exact: true })).toBeVisible();
  await menu.scrollIntoViewIfNeeded();
  await expectAccessible(rita.page, "the board's menu, a drink sold out");
  await menu.getByRole("button", { name: "Put Flat White back on" }).click();
  // The drink's own button turning back is the server's answer; other drinks were "Available" all along.
  await expect(menu.getByRole("button", { name: "Mark Flat White sold out" })).toBeEnabled();

  // Offline: the board says so and its buttons rest.
  await rita.context.setOffline(true);
  await expect(rita.page.getByRole("alert").filter({ hasText: "The buttons come back with the network" })).toBeVisible();
  await expectAccessible(rita.page, "the board on a phone, offline");
  await rita.context.close();
});

test("the barista board on a tablet, with orders in every column, and the question before closing", async ({ browser }) => {
  const rita = await openBoard(browser, booth, "first", tablet);
  for (const state of ["New", "Making", "Ready"] as const) await showColumn(rita.page, state);
  await expect(rita.page.getByLabel("Station")).toBeVisible();
  await expectAccessible(rita.page, "the board on a tablet");

  await rita.page.getByRole("button", { name: "Close store" }).click();
  const question = rita.page.getByRole("dialog", { name: "Close the store?" });
  await expect(question).toBeVisible();
  await expectAccessible(rita.page, "the board, asking before the store closes");
  await question.getByRole("button", { name: "Keep open" }).click();
  await expect(question).toBeHidden();
  await rita.context.close();
});

test("the organiser's pages: events, workflow runs, one run, the journal; the home page and an attendee's page as staff", async ({ page }) => {
  await signInAsStaff(page, e2eAccounts.organiser);
  await expectAccessible(page, "the home page, signed in as an organiser");

  await page.goto("/admin");
  await expect(page.getByRole("table", { name: "Events" })).toBeVisible();
  await expectAccessible(page, "the events page");

  await page.goto("/admin/runs");
  const runs = page.getByRole("table", { name: "Runs" });
  await expect(runs).toBeVisible();
  await expectAccessible(page, "the workflow runs");

  await runs.getByRole("link").first().click();
  await expect(page.getByRole("table", { name: "Steps" })).toBeVisible();
  await expectAccessible(page, "one workflow run");

  await page.goto(`/admin/journal?slug=${booth.slug}`);
  await expect(page.getByRole("table", { name: "Journal" })).toBeVisible();
  await expectAccessible(page, "the event journal");

  // A staff account that follows an attendee's link is told to sign out first.
  await page.goto(`/e/${booth.slug}/order`);
  await expect(page.getByRole("heading", { name: "Ordering is for attendees" })).toBeVisible();
  await expectAccessible(page, "an attendee's page, opened by staff");
});

test("the booth screen at 1280×720: open with Preparing and Ready lists, then closed", async () => {
  await display.page.setViewportSize({ width: 1280, height: 720 });
  for (const list of ["Preparing", "Ready"]) {
    await expect(display.page.getByRole("region", { name: list }).getByRole("listitem").first()).toBeVisible();
  }
  await expect(display.page.getByRole("img", { name: "QR code: scan to order" })).toBeVisible();
  await expectAccessible(display.page, "the booth screen, open");

  await setStoreOpen(booth, false);
  await expect(display.page.getByText("The store is not taking orders right now")).toBeVisible();
  await expectAccessible(display.page, "the booth screen, closed");
});

async function setStoreOpen(booth: Booth, open: boolean) {
  const barista = await staffApi(booth.staff.first);
  await barista.call("board.setStoreOpen", { slug: booth.slug, open });
  await barista.dispose();
}
