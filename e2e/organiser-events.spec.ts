import { expect, test } from "@playwright/test";
import { e2eAccounts } from "./accounts";
import { signInAsStaff } from "./sign-in";

/** An organiser sets an event's clock and language by choosing them, not by typing IANA names and BCP 47 tags. */

test("a new event in Tokyo, in Japanese, chosen from the pickers, and its screens speak Japanese", async ({ page }) => {
  await signInAsStaff(page, e2eAccounts.organiser);
  await page.goto("/admin");
  const form = page.getByRole("form", { name: "New event" });
  const slug = `tokyo-${Date.now().toString(36)}`;

  await form.getByLabel("Name").fill("Tokyo Dev Days");
  await form.getByLabel("Web address (slug)").fill(slug);
  const zone = form.getByRole("combobox", { name: "Time zone" });
  await expect(zone).toHaveValue("Europe/Lisbon");
  await zone.selectOption({ label: "Tokyo (GMT+9)" });
  await form.getByRole("combobox", { name: "Language" }).selectOption({ label: "Japanese (Japan) · 日本語 (日本)" });
  await form.getByRole("button", { name: "Create event" }).click();

  const row = page.getByRole("table", { name: "Events" }).getByRole("row").filter({ hasText: "Tokyo Dev Days" });
  await expect(row).toContainText("Asia/Tokyo");
  await expect(row).toContainText("ja-JP");
  // The form is fresh for the next event.
  await expect(form.getByLabel("Name")).toHaveValue("");

  await page.goto(`/e/${slug}/display`);
  await expect(page.locator("html")).toHaveAttribute("lang", "ja-JP");
});
