import { expect, type Page } from "@playwright/test";

type Credentials = { email: string; password: string };

/** Fills and sends the staff form, without waiting for the outcome. */
export async function submitStaffCredentials(page: Page, account: Credentials) {
  await page.goto("/signin");
  const staff = page.getByRole("region", { name: "Staff" });
  await staff.getByLabel("E-mail").fill(account.email);
  await staff.getByLabel("Password").fill(account.password);
  await staff.getByRole("button", { name: "Sign in" }).click();
}

export async function signInAsStaff(page: Page, account: Credentials) {
  await submitStaffCredentials(page, account);
  await expect(page.getByText(/^Signed in as/)).toBeVisible();
}

/** Fills and sends the attendee form, without waiting for the outcome. */
export async function submitGuestName(page: Page, name: string) {
  await page.goto("/signin");
  const guest = page.getByRole("region", { name: "Here for a coffee?" });
  await guest.getByLabel("Your name for the cup").fill(name);
  await guest.getByRole("button", { name: "Continue" }).click();
}

export async function expectNoSession(page: Page) {
  const cookies = await page.context().cookies();
  expect(cookies.map((c) => c.name)).not.toContain("next-auth.session-token");
}
