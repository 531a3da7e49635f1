import { expect, test, type Page } from "@playwright/test";
import { e2eAccounts } from "./accounts";
import { signInAsStaff } from "./sign-in";

function menuItem(page: Page, name: string) {
  return page.getByRole("list", { name: "Menu" }).getByRole("listitem").filter({ hasText: name });
}

test("one barista's change reaches another screen without a reload, also after a dropped connection", async ({ browser }) => {
  const baristaContext = await browser.newContext();
  const organiserContext = await browser.newContext();
  const barista = await baristaContext.newPage();
  const organiser = await organiserContext.newPage();
  await signInAsStaff(barista, e2eAccounts.barista);
  await signInAsStaff(organiser, e2eAccounts.organiser);
  await barista.goto("/e/demo/barista");
  await organiser.goto("/e/demo/barista");
  await expect(organiser.getByRole("status", { name: "Connection: Live" })).toBeVisible();
  await expect(barista.getByRole("status", { name: "Connection: Live" })).toBeVisible();

  await menuItem(barista, "Mocha").getByRole("button", { name: "Mark Mocha sold out" }).click();
  await expect(menuItem(organiser, "Mocha")).toContainText("Sold out");

  // The organiser's network drops; meanwhile the barista puts Mocha back on. When the network returns, the screen
  // reconnects and converges on its own.
  await organiserContext.setOffline(true);
  await expect(organiser.getByRole("status", { name: /Connection: (Reconnecting|Offline)/ })).toBeVisible();
  await menuItem(barista, "Mocha").getByRole("button", { name: "Put Mocha back on" }).click();
  await expect(menuItem(barista, "Mocha")).toContainText("Available");
  await organiserContext.setOffline(false);
  await expect(organiser.getByRole("status", { name: "Connection: Live" })).toBeVisible({ timeout: 20_000 });
  await expect(menuItem(organiser, "Mocha")).toContainText("Available");

  await baristaContext.close();
  await organiserContext.close();
});

test("a browser may only listen to the channels its role allows", async ({ page, request }) => {
  expect((await request.get("/api/realtime/sse?channel=event:anything:board")).status()).toBe(401);
  expect((await request.get("/api/realtime/sse?channel=not-a-channel")).status()).toBe(400);
  await signInAsStaff(page, e2eAccounts.barista);
  // A barista of the demo event asking for another event's board, and for an attendee's order.
  expect((await page.request.get("/api/realtime/sse?channel=event:some-other-event:board")).status()).toBe(403);
  expect((await page.request.get("/api/realtime/sse?channel=order:someone-elses-order")).status()).toBe(403);
  // In the default mode there is no Ably token to hand out.
  expect((await page.request.get("/api/realtime/token")).status()).toBe(404);
});
