import { expect, test } from "@playwright/test";
import { e2eAccounts } from "./accounts";
import { signInAsStaff } from "./sign-in";

test("an organiser runs the engine self-test and follows it in the run inspector and the journal", async ({ page }) => {
  await signInAsStaff(page, e2eAccounts.organiser);
  await page.goto("/admin/runs");
  await page.getByRole("button", { name: "Run the engine self-test" }).click();

  // The JSON inspector tells when the run is done (a step, a wait and a one-second sleep).
  await expect
    .poll(async () => {
      const runs = (await (await page.request.get("/api/engine/runs?functionId=presso-engine-self-test")).json()) as { status: string }[];
      return runs.map((run) => run.status);
    }, { timeout: 20_000 })
    .toContain("COMPLETED");

  await page.getByRole("button", { name: "Refresh" }).click();
  const runs = page.getByRole("table", { name: "Runs" });
  const selfTest = runs.getByRole("row", { name: /presso-engine-self-test/ }).first();
  await expect(selfTest).toContainText("COMPLETED");
  await selfTest.getByRole("link", { name: "presso-engine-self-test" }).click();
  const steps = page.getByRole("table", { name: "Steps" });
  await expect(steps).toContainText("wait-for-confirmation");
  await expect(steps).toContainText("pause");
  await expect(page.getByRole("table", { name: "Waits" })).toContainText("engine/self-test.confirmed");

  await page.goto("/admin/journal?slug=demo");
  // Self-test events belong to no conference event; the journal of one order or event is empty of them.
  await expect(page.getByText("Nothing recorded yet.")).toBeVisible();
});

test("the run inspector is for organisers only", async ({ page }) => {
  const anonymous = await page.request.get("/api/engine/runs");
  expect(anonymous.status()).toBe(401);
  await signInAsStaff(page, e2eAccounts.barista);
  const barista = await page.request.get("/api/engine/runs");
  expect(barista.status()).toBe(403);
});

test("the workflow engine reports itself healthy once the app's functions are registered", async ({ request }) => {
  await expect
    .poll(async () => ((await (await request.get("/api/health")).json()) as { workflows: { reachable: boolean } }).workflows.reachable)
    .toBe(true);
});
