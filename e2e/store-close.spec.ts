import { expect, test, type Page } from "@playwright/test";
import { attendeeScans, card, createBooth, openBoard, openDisplay, orderDrink, orderHeading, phone, scanCode } from "./booth";

/** The question a barista is asked before the store closes. */
const closeQuestion = (board: Page) => board.getByRole("dialog", { name: "Close the store?" });

/** Every button of the question is at least 44 px each way, and the question fits the phone's width. */
async function expectPhoneSized(board: Page) {
  const dialog = closeQuestion(board);
  const box = (await dialog.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(phone.width);
  for (const button of await dialog.getByRole("button").all()) {
    const size = (await button.boundingBox())!;
    expect(size.height, await button.innerText()).toBeGreaterThanOrEqual(44);
    expect(size.width, await button.innerText()).toBeGreaterThanOrEqual(44);
  }
}

test("Close now: the attendee still choosing is told the store closed, and the drink goes back to the code", async ({ browser }) => {
  test.setTimeout(120_000);
  const booth = await createBooth({ drinksPerCode: 10 });
  const display = await openDisplay(browser, booth);
  const rita = await openBoard(browser, booth, "first", phone);
  const ana = await attendeeScans(browser, await scanCode(display.page), "Ana Lima");
  await expect(orderHeading(ana.page)).toHaveText("Choose your drink");
  await expect(display.page.getByText("9 drinks left")).toBeVisible();

  // Rita taps "Close store": she is told one person is choosing, and the gentle choice has the focus.
  const closeStore = rita.page.getByRole("button", { name: "Close store" });
  await closeStore.click();
  const question = closeQuestion(rita.page);
  await expect(question).toContainText("1 person is still choosing a drink.");
  await expect(question.getByRole("button", { name: "Let them finish" })).toBeFocused();
  await expectPhoneSized(rita.page);

  // Escape changes nothing, and the focus is back on the switch, for the keyboard to ask again.
  await rita.page.keyboard.press("Escape");
  await expect(question).toHaveCount(0);
  await expect(rita.page.getByText("Store open")).toBeVisible();
  await expect(closeStore).toBeFocused();
  await rita.page.keyboard.press("Enter");
  await expect(question).toContainText("1 person is still choosing a drink.");

  await question.getByRole("button", { name: "Close now" }).click();
  await expect(question).toHaveCount(0);
  await expect(rita.page.getByText("Store closed", { exact: true })).toBeVisible();
  await expect(rita.page.getByRole("status").filter({ hasText: "1 order ended." })).toHaveCount(1);

  // Ana's phone says plainly what happened, and she can no longer order on it.
  await expect(orderHeading(ana.page)).toHaveText("Order cancelled");
  await expect(ana.page.getByRole("status", { name: "Order status" })).toContainText(
    "The store closed before you ordered. Your drink has gone back to the booth.",
  );
  await expect(ana.page.getByRole("button", { name: "Order Flat White" })).toHaveCount(0);
  await expect(display.page.getByText("The store is not taking orders right now")).toBeVisible();

  // Her drink is back in the code: opened again, the booth screen counts all ten.
  await rita.page.getByRole("button", { name: "Open store" }).click();
  await expect(display.page.getByText("10 drinks left")).toBeVisible();

  for (const person of [display, rita, ana]) await person.context.close();
});

test("Let them finish: the store closes, and the attendee who was choosing still gets their drink made", async ({ browser }) => {
  test.setTimeout(120_000);
  const booth = await createBooth({ drinksPerCode: 10 });
  const display = await openDisplay(browser, booth);
  const rita = await openBoard(browser, booth, "first", phone);

  // With no one choosing there is nothing to decide: one tap confirms, and "Keep open" leaves the store open.
  await rita.page.getByRole("button", { name: "Close store" }).click();
  const question = closeQuestion(rita.page);
  await expect(question).toContainText("No one is choosing a drink right now.");
  await expect(question.getByRole("button", { name: "Close now" })).toHaveCount(0);
  await expectPhoneSized(rita.page);
  await question.getByRole("button", { name: "Keep open" }).click();
  await expect(question).toHaveCount(0);
  await expect(rita.page.getByText("Store open")).toBeVisible();

  const bea = await attendeeScans(browser, await scanCode(display.page), "Bea");
  await expect(orderHeading(bea.page)).toHaveText("Choose your drink");
  await rita.page.getByRole("button", { name: "Close store" }).click();
  await expect(question).toContainText("1 person is still choosing a drink.");
  await question.getByRole("button", { name: "Let them finish" }).click();
  await expect(rita.page.getByText("Store closed", { exact: true })).toBeVisible();
  await expect(display.page.getByText("The store is not taking orders right now")).toBeVisible();

  // Bea chooses after the close: her order is queued and reaches the board.
  await orderDrink(bea.page, "Oat");
  await expect(orderHeading(bea.page)).toHaveText("Order #1 is in the queue");
  await expect(card(rita.page, 1)).toContainText("Bea");

  for (const person of [display, rita, bea]) await person.context.close();
});
