import { expect, test, type Locator, type Page } from "@playwright/test";
import { e2eAccounts } from "./accounts";
import { expectAccessible } from "./axe";
import { attendeeScans, createBooth, device, openDisplay, orderHeading, phone, scanCode } from "./booth";
import { signInAsStaff } from "./sign-in";

/**
 * The organiser builds a drink in the menu editor, on a phone-sized screen, while an attendee is choosing: the
 * attendee's phone shows the new drink, its options and an option sold out without reloading. Less than the phone's
 * 20-second backstop poll is allowed for each, so what shows came through the push.
 */

const live = { timeout: 15_000 };

/** The option group of the drink form whose legend names it. */
const groupNamed = (form: Locator, name: string) => form.getByRole("group", { name: `Option group: ${name}` });

async function addOptionGroup(form: Locator, group: { name: string; multiple?: boolean; max?: number; options: string[]; defaultOption?: string }) {
  await form.getByRole("button", { name: "Add an option group" }).click();
  const fresh = form.getByRole("group", { name: /^Option group: group \d+$/ });
  await fresh.getByLabel("Group name").fill(group.name);
  const fieldset = groupNamed(form, group.name);
  if (group.multiple) await fieldset.getByLabel("Choice").selectOption({ label: "Multiple choice (pick several)" });
  if (group.max) await fieldset.getByLabel(/^Most options a person may pick/).fill(String(group.max));
  for (const [index, option] of group.options.entries()) {
    if (index > 0) await fieldset.getByRole("button", { name: `Add an option to ${group.name}` }).click();
    await fieldset.getByLabel(`Option ${index + 1}`, { exact: true }).fill(option);
    if (option === group.defaultOption) await fieldset.getByRole("listitem").nth(index).getByLabel("Default").check();
  }
}

/** The drinks on the editor's list, in menu order. */
const drinkNames = (page: Page) => page.getByRole("list", { name: "Drinks" }).getByRole("heading", { level: 2 });

test("an organiser adds, edits and reorders a drink, and a phone choosing its drink sees each change live", async ({ browser }) => {
  // Three devices and three axe runs: longer than the default on a shared machine.
  test.setTimeout(150_000);
  const booth = await createBooth();
  const display = await openDisplay(browser, booth);
  const attendee = await attendeeScans(browser, await scanCode(display.page), "Ana");
  await expect(orderHeading(attendee.page)).toHaveText("Choose your drink");
  await expect(attendee.page.getByRole("radio", { name: "Flat White" })).toBeVisible();

  const organiser = await device(browser, { viewport: phone });
  const page = organiser.page;
  await signInAsStaff(page, e2eAccounts.organiser);
  await page.goto("/admin");
  const row = page.getByRole("table", { name: "Events" }).getByRole("row").filter({ hasText: `/${booth.slug}` });
  await row.getByRole("link", { name: /^Menu/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Menu: Booth \d+$/);
  await expect(drinkNames(page)).toHaveText(["Flat White"]);

  // A new drink: the server's message shows beside the field it is about.
  await page.getByRole("button", { name: "Add a drink" }).click();
  const form = page.getByRole("form", { name: "New drink" });
  await form.getByRole("button", { name: "Add drink" }).click();
  await expect(form.getByLabel("Name", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Name", { exact: true })).toHaveAccessibleDescription("cannot be blank");

  await form.getByLabel("Name", { exact: true }).fill("Iced Mocha");
  await form.getByLabel("Description").fill("Espresso, chocolate and cold milk over ice.");
  await form.getByRole("radio", { name: "Mocha", exact: true }).check();
  await form.getByLabel("Station").selectOption({ label: "Cold bar" });
  await addOptionGroup(form, { name: "Milk", options: ["Whole", "Oat"], defaultOption: "Whole" });
  await groupNamed(form, "Milk").getByLabel("Required").check();
  await addOptionGroup(form, { name: "Syrup", multiple: true, max: 2, options: ["Vanilla", "Caramel"] });
  await expectAccessible(page, "the menu editor's drink form");
  await form.getByRole("button", { name: "Add drink" }).click();

  await expect(form).toBeHidden();
  await expect(drinkNames(page)).toHaveText(["Flat White", "Iced Mocha"]);
  await expectAccessible(page, "the menu editor");

  // The phone hears of it while its attendee is choosing.
  const mocha = attendee.page.getByRole("radio", { name: "Iced Mocha" });
  await expect(mocha).toBeVisible(live);
  await mocha.check();
  await expect(attendee.page.getByRole("group", { name: /^Milk/ }).getByRole("radio", { name: "Whole" })).toBeChecked();
  await expect(attendee.page.getByRole("group", { name: /^Syrup/ })).toContainText("up to 2");

  // Edit: a better description, a third syrup, and oat milk sold out on this drink.
  await page.getByRole("button", { name: "Edit Iced Mocha" }).click();
  const edit = page.getByRole("form", { name: "Edit Iced Mocha" });
  await edit.getByLabel("Description").fill("Double espresso, dark chocolate, cold milk, ice.");
  await groupNamed(edit, "Syrup").getByRole("button", { name: "Add an option to Syrup" }).click();
  await groupNamed(edit, "Syrup").getByLabel("Option 3", { exact: true }).fill("Hazelnut");
  await groupNamed(edit, "Syrup").getByRole("button", { name: "Move Hazelnut up" }).click();
  await expect(groupNamed(edit, "Syrup").getByLabel("Option 2", { exact: true })).toHaveValue("Hazelnut");
  await groupNamed(edit, "Milk").getByRole("listitem").filter({ has: page.getByLabel("Option 2", { exact: true }) }).getByLabel("Available").uncheck();
  await expectAccessible(page, "the menu editor's edit form");
  await edit.getByRole("button", { name: "Save drink" }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByText("Double espresso, dark chocolate, cold milk, ice.")).toBeVisible();

  await expect(attendee.page.getByRole("group", { name: /^Milk/ }).getByRole("radio", { name: "Oat (sold out)" })).toBeDisabled(live);
  await expect(attendee.page.getByRole("group", { name: /^Syrup/ }).getByRole("checkbox")).toHaveCount(3);
  await expect(attendee.page.getByRole("group", { name: /^Syrup/ }).getByRole("checkbox").nth(1)).toHaveAccessibleName("Hazelnut");

  // Reorder: the new drink goes first, on the editor and on the phone.
  await page.getByRole("button", { name: "Move Iced Mocha up" }).click();
  await expect(drinkNames(page)).toHaveText(["Iced Mocha", "Flat White"]);
  // Still first once the server has answered and the page has re-read the menu.
  await expect(page.getByRole("button", { name: "Move Flat White down" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Move Iced Mocha down" })).toBeEnabled(live);
  await expect(drinkNames(page)).toHaveText(["Iced Mocha", "Flat White"]);
  const drinks = attendee.page.getByRole("group", { name: "Drink" }).getByRole("radio");
  await expect(drinks.first()).toHaveAccessibleName("Iced Mocha", live);

  // The attendee orders what the organiser built.
  await attendee.page.getByRole("group", { name: /^Syrup/ }).getByRole("checkbox", { name: "Vanilla" }).check();
  await attendee.page.getByRole("button", { name: "Order Iced Mocha" }).click();
  await expect(orderHeading(attendee.page)).not.toHaveText("Choose your drink");

  for (const context of [display.context, attendee.context, organiser.context]) await context.close();
});

test("removing a drink asks first, and the last available one of an open store leaves a warning", async ({ browser }) => {
  const booth = await createBooth();
  const organiser = await device(browser, { viewport: phone });
  const page = organiser.page;
  await signInAsStaff(page, e2eAccounts.organiser);
  await page.goto(`/admin/events/${booth.slug}/menu`);

  await page.getByRole("button", { name: "Remove Flat White", exact: true }).click();
  const confirm = page.getByRole("group", { name: "Remove Flat White?" });
  await expect(confirm).toContainText("the booth will be sold out");
  await confirm.getByRole("button", { name: "Keep it" }).click();
  await expect(confirm).toBeHidden();

  await page.getByRole("button", { name: "Remove Flat White", exact: true }).click();
  await confirm.getByRole("button", { name: "Yes, remove Flat White" }).click();
  await expect(page.getByRole("list", { name: "Drinks" }).getByRole("listitem")).toHaveCount(0);
  await expect(page.getByRole("alert").filter({ hasText: "The store is open but no drink is available" })).toBeVisible();
  await expectAccessible(page, "the menu editor with an empty menu");
  await organiser.context.close();
});
