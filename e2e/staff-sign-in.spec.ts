import { expect, test } from "@playwright/test";
import { e2eAccounts } from "./accounts";
import { expectNoSession, signInAsStaff, submitGuestName, submitStaffCredentials } from "./sign-in";

test("an organiser and a barista sign in, each in their own browser, and see the demo event", async ({ browser }) => {
  const organiserContext = await browser.newContext();
  const baristaContext = await browser.newContext();
  const organiser = await organiserContext.newPage();
  const barista = await baristaContext.newPage();

  await signInAsStaff(organiser, e2eAccounts.organiser);
  await signInAsStaff(barista, e2eAccounts.barista);

  await expect(organiser.getByText("Signed in as Olivia Organiser")).toBeVisible();
  await organiser.getByRole("link", { name: "Manage events" }).click();
  const events = organiser.getByRole("table", { name: "Events" });
  await expect(events.getByRole("link", { name: "Presso Demo Booth", exact: true })).toBeVisible();
  await expect(events.getByRole("row", { name: /Presso Demo Booth/ })).toContainText("Europe/Lisbon");

  await expect(barista.getByText("Signed in as Bruno Barista")).toBeVisible();
  await barista.getByRole("link", { name: "Presso Demo Booth" }).click();
  await expect(barista.getByRole("heading", { name: "Presso Demo Booth" })).toBeVisible();
  const menu = barista.getByRole("list", { name: "Menu" });
  await expect(menu.getByRole("listitem").filter({ hasText: "Cold Brew" })).toContainText("Sold out");
  await expect(menu.getByRole("listitem").filter({ hasText: "Flat White" })).toContainText("Available");

  // The barista cannot reach the organiser's page.
  await barista.goto("/admin");
  await expect(barista.getByText("This page is for organisers only.")).toBeVisible();

  await organiserContext.close();
  await baristaContext.close();
});

test("a barista marks a drink sold out and puts it back", async ({ page }) => {
  await signInAsStaff(page, e2eAccounts.barista);
  await page.goto("/e/demo/barista");
  const espresso = page.getByRole("list", { name: "Menu" }).getByRole("listitem").filter({ hasText: "Espresso" });
  await espresso.getByRole("button", { name: "Mark Espresso sold out" }).click();
  await expect(espresso).toContainText("Sold out");
  await page.reload();
  await expect(espresso).toContainText("Sold out");
  await espresso.getByRole("button", { name: "Put Espresso back on" }).click();
  await expect(espresso).toContainText("Available");
});

test("a wrong password shows an error and leaves no session", async ({ page }) => {
  await submitStaffCredentials(page, { email: e2eAccounts.organiser.email, password: "not-the-password" });
  await expect(page.getByText("That e-mail and password do not match an account.")).toBeVisible();
  await expect(page).toHaveURL(/\/signin/);
  await expectNoSession(page);
  const whoAmI = await page.request.get("/api/trpc/me.whoAmI");
  expect((await whoAmI.json()).result.data.json).toBeNull();
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fadmin/);
});

test("an attendee signs in with the name for the cup; a one-letter name is refused", async ({ page }) => {
  await submitGuestName(page, "A");
  // The browser's own check (minlength) stops the form; the server would refuse it too.
  await expect(page).toHaveURL(/\/signin/);
  await expectNoSession(page);

  await submitGuestName(page, "  Ana  ");
  await expect(page.getByText("Hello Ana! Scan the code on the booth screen")).toBeVisible();
  await expect(page.getByText("Signed in as Ana")).toBeVisible();

  // A guest is asked first, and may stay.
  await page.getByRole("button", { name: "Sign out" }).click();
  const question = page.getByRole("group", { name: /^Sign out\?/ });
  await question.getByRole("button", { name: "Stay" }).click();
  await expect(page.getByText("Signed in as Ana")).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await question.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
  await expectNoSession(page);
});

test("sign-in returns to the page that asked for it", async ({ page }) => {
  await page.goto("/e/demo/barista");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  const staff = page.getByRole("region", { name: "Staff" });
  await staff.getByLabel("E-mail").fill(e2eAccounts.barista.email);
  await staff.getByLabel("Password").fill(e2eAccounts.barista.password);
  await staff.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/e\/demo\/barista$/);
  await expect(page.getByRole("heading", { name: "Presso Demo Booth" })).toBeVisible();
});

test("the health endpoint names the modes in use", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const health = await response.json();
  expect(health.database).toMatchObject({ mode: "embedded", reachable: true });
  expect(health.workflows.mode).toBe("embedded");
  expect(health.realtime.mode).toBe("local");
});
