import { expect, test } from "@playwright/test";
import { e2eAccounts } from "./accounts";
import { expectAccessible } from "./axe";
import { createBooth, openDisplay, organiserActs, seedOrders } from "./booth";
import { signInAsStaff } from "./sign-in";

/** A booth lead reads how the booth is going, live, and takes the day's orders away as CSV. */

test("the figures show the booth's orders as they are made, and today's CSV lists them", async ({ browser, page }) => {
  const booth = await createBooth();
  const display = await openDisplay(browser, booth);
  const [ana, bea] = await seedOrders(display.page, booth.slug, ["Ana Lima", "Bea Costa"]);
  await organiserActs(booth.slug, [
    { verb: "claim", orderId: ana! },
    { verb: "complete", orderId: ana! },
  ]);

  await signInAsStaff(page, e2eAccounts.organiser);
  await page.goto(`/admin/events/${booth.slug}`);
  await page.getByRole("navigation", { name: "This event" }).getByRole("link", { name: "Figures" }).click();
  const funnel = page.getByRole("region", { name: "From scan to pick-up" });
  const step = (label: string) => funnel.getByRole("listitem").filter({ hasText: label });
  await expect(step("Scanned")).toContainText("2");
  await expect(step("Chose a drink")).toContainText("2");
  await expect(step("Made")).toContainText("1");
  await expect(page.getByRole("table", { name: "By drink" }).getByRole("row", { name: /Flat White/ })).toContainText("1");

  // Live: the second drink is made while the page is open.
  await organiserActs(booth.slug, [
    { verb: "claim", orderId: bea! },
    { verb: "complete", orderId: bea! },
  ]);
  await expect(step("Made")).toContainText("2", { timeout: 15_000 });
  await expect(step("Made")).toContainText("100%");
  await expectAccessible(page, "the event's figures");

  const csvLink = page.getByRole("link", { name: "Today's orders (CSV)" });
  const response = await page.request.get((await csvLink.getAttribute("href"))!);
  expect(response.headers()["content-type"]).toMatch(/^text\/csv/);
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename=".+\.csv"$/);
  const csv = await response.text();
  expect(csv.split("\n").filter((line) => line.includes("Flat White"))).toHaveLength(2);

  // The export is the organiser's only.
  const other = await browser.newContext();
  const stranger = await other.request.get((await csvLink.getAttribute("href"))!);
  expect(stranger.status()).toBe(401);
  await other.close();
  await display.context.close();
});
