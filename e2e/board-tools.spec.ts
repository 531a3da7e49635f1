import { expect, test } from "@playwright/test";
import { addDrink, attendeeScans, boardColumn, card, createBooth, guestApi, openBoard, openDisplay, orderHeading, phone, scanCode, seedOrders, tablet } from "./booth";

/** The board's tools beyond the orders themselves: each bar's own orders, options running out, cup labels. */

test("the cold bar's tablet shows, counts and keeps its own orders; the espresso bar's board still sees all", async ({ browser }) => {
  test.setTimeout(120_000);
  const booth = await createBooth({ drinksPerCode: 20 });
  await addDrink(booth.slug, { name: "Iced Latte", icon: "iced-latte", station: "COLD_BAR" });
  const display = await openDisplay(browser, booth);
  const [coldBar, espressoBar] = await Promise.all([openBoard(browser, booth, "first", tablet), openBoard(browser, booth, "second", tablet)]);

  await coldBar.page.getByLabel("Station").selectOption({ label: "Cold bar" });
  const [flatWhite] = await seedOrders(display.page, booth.slug, ["Ana", "Bea"]);
  await seedOrders(display.page, booth.slug, ["Carl"], { drink: "Iced Latte" });
  expect(flatWhite).toBeTruthy();

  const coldNew = await boardColumn(coldBar.page, "New");
  await expect(coldNew.getByRole("article")).toHaveCount(1);
  await expect(coldNew.getByRole("article").first()).toContainText("Iced Latte");
  await expect(coldNew.getByRole("article").first()).toContainText("Cold bar");
  await expect(coldBar.page.getByText("2 orders at other stations")).toBeVisible();
  await expect((await boardColumn(espressoBar.page, "New")).getByRole("article")).toHaveCount(3);

  // The filter belongs to the tablet: it is still set after a reload.
  await coldBar.page.reload();
  await expect(coldBar.page.getByLabel("Station")).toHaveValue("COLD_BAR");
  await expect((await boardColumn(coldBar.page, "New")).getByRole("article")).toHaveCount(1);

  for (const person of [display, coldBar, espressoBar]) await person.context.close();
});

test("a barista marks oat milk sold out once, for every drink; the attendee's form and the server both refuse it", async ({ browser }) => {
  test.setTimeout(120_000);
  const booth = await createBooth();
  await addDrink(booth.slug, {
    name: "Iced Latte",
    icon: "iced-latte",
    station: "COLD_BAR",
    optionGroups: [{ name: "Milk", selection: "SINGLE", required: true, options: [{ name: "Oat", isDefault: true }, { name: "Whole" }] }],
  });
  const display = await openDisplay(browser, booth);
  const rita = await openBoard(browser, booth, "first", phone);

  const milk = rita.page.getByRole("list", { name: "Milk" });
  const oat = milk.getByRole("listitem").filter({ hasText: "Oat" });
  await expect(oat).toContainText("Available");
  await oat.getByRole("button", { name: "Mark Oat sold out" }).click();
  await expect(oat).toContainText("Sold out");
  await expect(oat.getByRole("button", { name: "Put Oat back on" })).toBeVisible();

  // A phone that opens its order now sees oat milk as sold out on both drinks.
  const ana = await attendeeScans(browser, await scanCode(display.page), "Ana");
  await expect(orderHeading(ana.page)).toHaveText("Choose your drink");
  for (const drink of ["Flat White", "Iced Latte"]) {
    await ana.page.getByRole("radio", { name: drink }).check();
    await expect(ana.page.getByRole("group", { name: /^Milk/ }).getByRole("radio", { name: /^Oat/ })).toBeDisabled();
  }

  // A phone that sends oat milk anyway (an old page) is told, and nothing is ordered.
  const bea = await guestApi("Bea");
  const code = new URL(await scanCode(display.page), "http://x").searchParams.get("code")!;
  const { orderId } = await bea.call<{ orderId: string }>("attendee.startOrder", { slug: booth.slug, code });
  const menu = await bea.read<{ id: string; name: string; optionGroups: { id: string; options: { id: string; name: string }[] }[] }[]>("event.menu", { slug: booth.slug });
  const flatWhite = menu.find((item) => item.name === "Flat White")!;
  const milkGroup = flatWhite.optionGroups[0]!;
  const choice = { menuItemId: flatWhite.id, choices: [{ groupId: milkGroup.id, optionIds: [milkGroup.options.find((option) => option.name === "Oat")!.id] }] };
  await expect(async () => {
    await expect(bea.call("attendee.submitOrder", { orderId, choice })).rejects.toThrow("Oat is not available right now");
  }).toPass({ timeout: 20_000 });
  await bea.dispose();

  await oat.getByRole("button", { name: "Put Oat back on" }).click();
  await expect(oat).toContainText("Available");

  for (const person of [display, rita, ana]) await person.context.close();
});

test("with a label roll set, Make opens the print dialog with the cup's label, sized to the roll, and the phone shows Making", async ({ browser }) => {
  test.setTimeout(120_000);
  const booth = await createBooth();
  const display = await openDisplay(browser, booth);
  const rita = await openBoard(browser, booth, "first", phone);
  // The print dialog is the browser's own; the test records what the page held when it asked for it.
  await rita.page.evaluate(() => {
    const printed: string[] = [];
    (window as unknown as { printed: string[] }).printed = printed;
    window.print = () => void printed.push(document.querySelector("[data-roll]")?.textContent ?? "");
  });
  await rita.page.getByLabel("Cup labels").selectOption({ label: "58 mm roll" });

  const [orderId] = await seedOrders(display.page, booth.slug, ["Dora Label"]);
  expect(orderId).toBeTruthy();
  const newOrders = await boardColumn(rita.page, "New");
  const order = newOrders.getByRole("article").first();
  const orderNumber = Number((await order.getAttribute("aria-label"))!.replace("Order #", ""));
  await order.getByRole("button", { name: `Make #${orderNumber}` }).click();

  // The phone turns to Making, where the drink just taken is.
  await expect(rita.page.getByRole("tab", { name: "Making 1" })).toHaveAttribute("aria-selected", "true");
  await expect(card(rita.page, orderNumber)).toBeVisible();
  await expect.poll(() => rita.page.evaluate(() => (window as unknown as { printed: string[] }).printed)).toEqual([
    `#${orderNumber}Dora LabelFlat WhiteWhole`,
  ]);

  // In print, the label is all there is, 58 mm wide (219 CSS pixels).
  await rita.page.emulateMedia({ media: "print" });
  const label = rita.page.locator("[data-roll]");
  await expect(label).toBeVisible();
  await expect(rita.page.getByRole("main")).toBeHidden();
  expect(Math.round((await label.boundingBox())!.width)).toBe(219);
  await rita.page.emulateMedia({ media: "screen" });

  // Off again: the next Make prints nothing.
  await rita.page.getByLabel("Cup labels").selectOption({ label: "Off" });
  const [second] = await seedOrders(display.page, booth.slug, ["Eve"]);
  expect(second).toBeTruthy();
  const next = (await boardColumn(rita.page, "New")).getByRole("article").first();
  await next.getByRole("button", { name: /^Make #\d+$/ }).click();
  await expect(rita.page.getByRole("tab", { name: "Making 2" })).toHaveAttribute("aria-selected", "true");
  expect(await rita.page.evaluate(() => (window as unknown as { printed: string[] }).printed)).toHaveLength(1);

  for (const person of [display, rita]) await person.context.close();
});
