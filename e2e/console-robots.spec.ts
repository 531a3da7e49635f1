import { expect, test, type Page } from "@playwright/test";
import { e2eAccounts } from "./accounts";
import { expectAccessible } from "./axe";
import { createBooth, organiserApi } from "./booth";
import { signInAsStaff } from "./sign-in";

/**
 * Robots from the console, on the booth server itself: the organiser starts robot attendees and a robot barista
 * from the event's page, watches them order, make and hand over drinks, stops them, and finds the booth as before:
 * nothing left open, the robot barista gone from the staff list.
 */

const count = (page: Page, label: string) =>
  page
    .getByLabel("What the robots did")
    .locator("div", { has: page.getByText(label, { exact: true }) })
    .locator("dd");

const numberIn = async (page: Page, label: string) => Number(await count(page, label).textContent());

test("an organiser starts robots from the console, watches them hand over drinks, and stops them cleanly", async ({ page }) => {
  test.setTimeout(180_000);
  const booth = await createBooth();
  await signInAsStaff(page, e2eAccounts.organiser);
  await page.goto(`/admin/events/${booth.slug}`);

  const form = page.getByRole("form", { name: "Start robots" });
  await form.getByLabel("Robot attendees").fill("3");
  await form.getByLabel("Robot baristas").fill("0");
  await form.getByLabel("Stop by themselves after (minutes, optional)").fill("0.01");
  await form.getByRole("button", { name: "Start robots" }).click();
  // The server's message, beside the field it is about; nothing started.
  await expect(form.getByText("use a number from 0.05 to 1440")).toBeVisible();
  await expect(page.getByLabel("What the robots did")).toHaveCount(0);

  await form.getByLabel("Robot baristas").fill("1");
  await form.getByLabel("Stop by themselves after (minutes, optional)").fill("");
  await form.getByLabel("How quick").selectOption({ label: "Fifty times as quick (load rehearsal)" });
  await form.getByRole("button", { name: "Start robots" }).click();
  await expect(page.getByText("At work", { exact: true })).toBeVisible();
  await expect(page.getByText(/3 attendees and 1 baristas, started by/)).toBeVisible();
  await expect(form).toHaveCount(0);
  await expectAccessible(page, "the event console with robots at work");

  // Their orders are real: made and handed over through the board's own procedures.
  await expect.poll(() => numberIn(page, "Picked up"), { timeout: 90_000, message: "drinks handed over by the robots" }).toBeGreaterThanOrEqual(3);
  const api = await organiserApi();
  const staffDuringRun = (await api.read("admin.staff.list", { slug: booth.slug })) as { name: string }[];
  expect(staffDuringRun.filter((member) => member.name.startsWith("Robot "))).toHaveLength(1);

  await page.getByRole("button", { name: "Stop the robots" }).click();
  await expect(page.getByText("Stopped", { exact: true })).toBeVisible({ timeout: 60_000 });
  expect(await numberIn(page, "Open now")).toBe(0);
  expect(await numberIn(page, "Errors")).toBe(0);
  await expect(page.getByRole("form", { name: "Start robots" })).toBeVisible();

  // The booth as before: the store still open (it was open before the robots came), nothing queued or being made,
  // and the robot barista gone from the staff list.
  const board = (await api.read("board.orders", { slug: booth.slug })) as { event: { storeOpen: boolean }; orders: { status: string }[] };
  expect(board.event.storeOpen).toBe(true);
  expect(board.orders.filter((order) => order.status === "QUEUED" || order.status === "MAKING")).toEqual([]);
  const staffAfter = (await api.read("admin.staff.list", { slug: booth.slug })) as { name: string }[];
  expect(staffAfter.filter((member) => member.name.startsWith("Robot "))).toEqual([]);
  await api.dispose();
});
