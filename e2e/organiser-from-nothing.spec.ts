import { expect, test, type Locator } from "@playwright/test";
import { e2eAccounts } from "./accounts";
import { device, giveName, orderHeading, phone, scanCode, tap } from "./booth";
import { signInAsStaff } from "./sign-in";

/**
 * The organiser's whole set-up in the browser, with no API call and no seed: a new event, its limits, a drink with
 * option groups, a barista, a booth screen paired by code; the barista opens the store, an attendee orders, and the
 * event's figures and CSV show the drink. What the issue asks of the console, end to end.
 */

const groupNamed = (form: Locator, name: string) => form.getByRole("group", { name: `Option group: ${name}` });

test("an organiser sets up a booth from nothing in the browser, and its first drink shows in the figures and the CSV", async ({ browser }) => {
  test.setTimeout(240_000);
  const slug = `fresh-${Date.now().toString(36)}`;
  const barista = { email: `${slug}-rui@e2e.test`, password: "rui-e2e-pass" };

  // The event.
  const organiser = await device(browser, { large: true });
  const admin = organiser.page;
  await signInAsStaff(admin, e2eAccounts.organiser);
  await admin.goto("/admin");
  const create = admin.getByRole("form", { name: "New event" });
  await create.getByLabel("Name").fill("Fresh Booth");
  await create.getByLabel("Web address (slug)").fill(slug);
  await create.getByRole("button", { name: "Create event" }).click();
  await admin.getByRole("table", { name: "Events" }).getByRole("link", { name: "Fresh Booth", exact: true }).click();
  await expect(admin).toHaveURL(new RegExp(`/admin/events/${slug}$`));

  // Its limits: one drink per code window of an hour, so the booth screen's count is easy to follow.
  const settings = admin.getByRole("form", { name: "Event settings" });
  await settings.getByRole("spinbutton", { name: /^Drinks per code/ }).fill("5");
  await settings.getByRole("spinbutton", { name: /^New code every/ }).fill("3600");
  await settings.getByRole("button", { name: "Save settings" }).click();
  await expect(settings.getByRole("status")).toHaveText("Saved: 2 settings changed.");

  // A barista with a new account, and a booth screen paired by code.
  const add = admin.getByRole("form", { name: "Add staff" });
  await add.getByLabel("E-mail").fill(barista.email);
  await add.getByLabel("Name").fill("Rui Barista");
  await add.getByLabel("Password").fill(barista.password);
  await add.getByRole("button", { name: "Add to staff" }).click();
  await expect(admin.getByRole("table", { name: "Staff" }).getByRole("row", { name: /Rui Barista/ })).toContainText("Barista");
  const pairing = admin.getByRole("form", { name: "Pair a device" });
  await pairing.getByLabel("Name on the staff list").fill("Entrance screen");
  await pairing.getByRole("button", { name: "Make a pairing code" }).click();
  const pairingCode = (await pairing.getByLabel("Pairing code").textContent())!;

  // The menu: a drink with a required single choice and an optional multiple choice.
  await admin.getByRole("navigation", { name: "This event" }).getByRole("link", { name: "Menu" }).click();
  await admin.getByRole("button", { name: "Add a drink" }).click();
  const drink = admin.getByRole("form", { name: "New drink" });
  await drink.getByLabel("Name", { exact: true }).fill("Cortado");
  await drink.getByRole("radio", { name: "Cortado", exact: true }).check();
  for (const group of [
    { name: "Milk", options: ["Whole", "Oat"], required: true },
    { name: "Extras", options: ["Extra shot", "Cinnamon"], multiple: true },
  ]) {
    await drink.getByRole("button", { name: "Add an option group" }).click();
    await drink.getByRole("group", { name: /^Option group: group \d+$/ }).getByLabel("Group name").fill(group.name);
    const fieldset = groupNamed(drink, group.name);
    if (group.multiple) await fieldset.getByLabel("Choice").selectOption({ label: "Multiple choice (pick several)" });
    if (group.required) await fieldset.getByLabel("Required").check();
    for (const [index, option] of group.options.entries()) {
      if (index > 0) await fieldset.getByRole("button", { name: `Add an option to ${group.name}` }).click();
      await fieldset.getByLabel(`Option ${index + 1}`, { exact: true }).fill(option);
    }
  }
  await drink.getByRole("button", { name: "Add drink" }).click();
  await expect(admin.getByRole("list", { name: "Drinks" }).getByRole("heading", { level: 2 })).toHaveText(["Cortado"]);

  // The booth screen types its code; the barista signs in and opens the store.
  const tv = await device(browser, { large: true });
  await tv.page.goto("/pair");
  await tv.page.getByLabel("Pairing code").fill(pairingCode);
  await tv.page.getByRole("button", { name: "Pair" }).click();
  await expect(tv.page).toHaveURL(new RegExp(`/e/${slug}/display$`));
  await expect(tv.page.getByText("The store is not taking orders right now")).toBeVisible();

  const bar = await device(browser, { viewport: phone });
  await signInAsStaff(bar.page, barista);
  await bar.page.goto(`/e/${slug}/barista`);
  await bar.page.getByRole("button", { name: "Open store" }).click();
  await expect(bar.page.getByText("Store open", { exact: true })).toBeVisible();

  // An attendee scans the screen's code and orders the drink with its options.
  const link = await scanCode(tv.page);
  const ana = await device(browser, { viewport: phone });
  await ana.page.goto(link);
  await giveName(ana.page, "Ana");
  await expect(orderHeading(ana.page)).toHaveText("Choose your drink");
  await ana.page.getByRole("radio", { name: "Cortado" }).check();
  await ana.page.getByRole("group", { name: /^Milk/ }).getByRole("radio", { name: "Oat" }).check();
  await ana.page.getByRole("group", { name: /^Extras/ }).getByRole("checkbox", { name: "Extra shot" }).check();
  await ana.page.getByRole("button", { name: "Order Cortado" }).click();
  await expect(orderHeading(ana.page)).toHaveText("Order #1 is in the queue");

  // The barista makes it and hands it over.
  await tap(bar.page, "New", 1, "Make");
  await tap(bar.page, "Making", 1, "Ready");
  await expect(orderHeading(ana.page)).toHaveText("Ready: show #1 at the counter");
  await tap(bar.page, "Ready", 1, "Picked up");
  await expect(orderHeading(ana.page)).toHaveText("Enjoy your Cortado!");

  // The figures show the drink, and today's CSV lists it.
  await admin.goto(`/admin/events/${slug}/figures`);
  const funnel = admin.getByRole("region", { name: "From scan to pick-up" });
  await expect(funnel.getByRole("listitem").filter({ hasText: "Picked up" })).toContainText("1", { timeout: 15_000 });
  await expect(admin.getByRole("table", { name: "By drink" }).getByRole("row", { name: /Cortado/ })).toContainText("1");
  const csvLink = admin.getByRole("link", { name: "Today's orders (CSV)" });
  const csv = await (await admin.request.get((await csvLink.getAttribute("href"))!)).text();
  const rows = csv.split("\n").filter((line) => line.includes("Cortado"));
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatch(/^1,/);

  for (const context of [organiser, tv, bar, ana]) await context.context.close();
});
