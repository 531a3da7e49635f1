import { expect, test } from "@playwright/test";
import { e2eAccounts } from "./accounts";
import { expectAccessible } from "./axe";
import { createBooth, staffApi } from "./booth";
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

test("a store with no drink or no barista does not open, and the board says why", async ({ browser }) => {
  const organiser = await staffApi(e2eAccounts.organiser);
  const slug = `bare-${Date.now().toString(36)}`;
  await organiser.call("admin.events.create", { slug, name: "Bare Booth", timeZone: "Europe/Lisbon", locale: "en-GB" });
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAsStaff(page, e2eAccounts.organiser);
  await page.goto(`/e/${slug}/barista`);

  const openStore = page.getByRole("button", { name: "Open store" });
  await openStore.click();
  await expect(page.getByText("The store cannot open yet: no drink on the menu is available.")).toBeVisible();
  await expect(page.getByText("Store closed", { exact: true })).toBeVisible();

  await organiser.call("admin.menu.add", { slug, item: { name: "Flat White", icon: "flat-white", optionGroups: [] } });
  await openStore.click();
  await expect(page.getByText("The store cannot open yet: nobody at this event is a barista.")).toBeVisible();

  await organiser.call("admin.staff.add", { slug, email: `${slug}-rita@e2e.test`, role: "BARISTA", newAccount: { name: "Rita Barista", password: "rita-e2e-pass" } });
  await openStore.click();
  await expect(page.getByText("Store open", { exact: true })).toBeVisible();
  await organiser.dispose();
  await context.close();
});

test("the event console: limits with their units and the server's word beside a wrong one, staff added and removed, a clone", async ({ page }) => {
  const booth = await createBooth();
  await signInAsStaff(page, e2eAccounts.organiser);
  await page.goto("/admin");
  await page.getByRole("row").filter({ hasText: `/${booth.slug}` }).getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`/admin/events/${booth.slug}$`));

  const settings = page.getByRole("form", { name: "Event settings" });
  const drinks = settings.getByRole("spinbutton", { name: "Drinks per code (drinks)" });
  await expect(drinks).toHaveAccessibleDescription(/How many orders one code can start.*From 1 to 500\./);
  await drinks.fill("0");
  await settings.getByRole("button", { name: "Save settings" }).click();
  await expect(settings.getByText(/Too small|>=1/i)).toBeVisible();
  await drinks.fill("12");
  await settings.getByRole("combobox", { name: "Time zone" }).selectOption({ label: "Tokyo (GMT+9)" });
  await settings.getByRole("button", { name: "Save settings" }).click();
  await expect(settings.getByRole("status")).toHaveText("Saved: 2 settings changed.");
  await page.reload();
  await expect(settings.getByRole("spinbutton", { name: "Drinks per code (drinks)" })).toHaveValue("12");
  await expect(settings.getByRole("combobox", { name: "Time zone" })).toHaveValue("Asia/Tokyo");

  const staff = page.getByRole("table", { name: "Staff" });
  await expect(staff.getByRole("row")).toHaveCount(4);
  const add = page.getByRole("form", { name: "Add staff" });
  await add.getByLabel("E-mail").fill(`${booth.slug}-nia@e2e.test`);
  await add.getByRole("button", { name: "Add to staff" }).click();
  await expect(add.getByText(`There is no account for ${booth.slug}-nia@e2e.test`)).toBeVisible();
  await add.getByLabel("Name").fill("Nia Barista");
  await add.getByLabel("Password").fill("nia-e2e-pass");
  await add.getByRole("button", { name: "Add to staff" }).click();
  await expect(staff.getByRole("row", { name: /Nia Barista/ })).toContainText("Barista");
  await staff.getByRole("button", { name: "Remove Nia Barista…" }).click();
  await staff.getByRole("button", { name: "Remove Nia Barista", exact: true }).click();
  await expect(staff.getByRole("row", { name: /Nia Barista/ })).toHaveCount(0);

  const clone = page.getByRole("form", { name: "Clone event" });
  await clone.getByLabel("Web address (slug)").fill(`${booth.slug}-copy`);
  await clone.getByRole("button", { name: "Clone event" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/events/${booth.slug}-copy$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/\(copy\)$/);
  await expect(page.getByRole("table", { name: "Staff" }).getByRole("row")).toHaveCount(4);
  await expect(page.getByText("Store closed", { exact: true })).toBeVisible();
  await expectAccessible(page, "the event console");
});

/** A poster-sized SVG with a script in it: what an organiser might be sent by a design team. */
const posterSvg = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="2400" height="1200"><script>window.parent.hacked = true</script>' +
    '<rect width="2400" height="1200" fill="#0b7285"/><circle cx="1200" cy="600" r="500" fill="#ffd43b"/></svg>',
);

test("a logo from any picture: shrunk in the console to a small raster, then on the attendee's page and the booth screen", async ({ browser }) => {
  const booth = await createBooth();
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAsStaff(page, e2eAccounts.organiser);
  await page.goto(`/admin/events/${booth.slug}`);
  await expect(page.getByText(/No logo yet/)).toBeVisible();
  await page.getByLabel("Add a logo").setInputFiles({ name: "poster.svg", mimeType: "image/svg+xml", buffer: posterSvg });
  const logo = page.getByRole("img", { name: /^Logo of / });
  await expect(logo).toBeVisible();
  // Drawn to pixels at 512 px on its longer side: the script is gone and the file is small.
  expect(await logo.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([512, 256]);
  const served = await page.request.get((await logo.getAttribute("src"))!);
  expect(served.headers()["content-type"]).toMatch(/^image\/(webp|png|jpeg)$/);
  expect(served.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect((await served.body()).length).toBeLessThanOrEqual(40 * 1024);

  // The same picture, on the screens the attendee and the booth see.
  const phone = await browser.newContext();
  const attendee = await phone.newPage();
  await attendee.goto(`/e/${booth.slug}/order`);
  const onPhone = attendee.locator("header img");
  await expect(onPhone).toHaveAttribute("src", (await logo.getAttribute("src"))!);
  await expect.poll(() => onPhone.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(512);

  // A text file named like a picture is told plainly, and the logo stays.
  await page.getByLabel("Replace the logo").setInputFiles({ name: "notes.png", mimeType: "image/png", buffer: Buffer.from("not a picture") });
  await expect(page.getByRole("alert").filter({ hasText: '"notes.png" could not be read as a picture' })).toBeVisible();
  await expect(logo).toBeVisible();

  await page.getByRole("button", { name: "Remove the logo" }).click();
  await expect(page.getByText(/No logo yet/)).toBeVisible();
  await attendee.reload();
  await expect(attendee.locator("header img")).toHaveCount(0);
  await phone.close();
  await context.close();
});

test("a booth screen joins by typing the console's pairing code: no e-mail, no password, once", async ({ browser }) => {
  const booth = await createBooth();
  const organiserContext = await browser.newContext();
  const organiser = await organiserContext.newPage();
  await signInAsStaff(organiser, e2eAccounts.organiser);
  await organiser.goto(`/admin/events/${booth.slug}`);
  const pairing = organiser.getByRole("form", { name: "Pair a device" });
  await pairing.getByLabel("Name on the staff list").fill("Hall B screen");
  await pairing.getByRole("button", { name: "Make a pairing code" }).click();
  const code = (await pairing.getByLabel("Pairing code").textContent())!;
  expect(code).toMatch(/^[2-9A-Z]{3} [2-9A-Z]{3}$/);

  const tv = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const screen = await tv.newPage();
  await screen.goto("/pair");
  await screen.getByLabel("Pairing code").fill(code.toLowerCase());
  await screen.getByRole("button", { name: "Pair" }).click();
  await expect(screen).toHaveURL(new RegExp(`/e/${booth.slug}/display$`));
  await expect(screen.getByText("Scan with your phone camera")).toBeVisible();

  // Used once: another device typing it is told, in plain words.
  const other = await browser.newContext();
  const otherScreen = await other.newPage();
  await otherScreen.goto("/pair");
  await otherScreen.getByLabel("Pairing code").fill(code);
  await otherScreen.getByRole("button", { name: "Pair" }).click();
  // (Next.js's route announcer is an alert too: the form's is found by its words.)
  await expect(otherScreen.getByRole("alert").filter({ hasText: "That code does not work" })).toBeVisible();
  await expectAccessible(otherScreen, "the pairing page with a refused code");

  await organiser.reload();
  await expect(organiser.getByRole("table", { name: "Staff" }).getByRole("row", { name: /Hall B screen/ })).toContainText("Booth screen");
  for (const context of [organiserContext, tv, other]) await context.close();
});
