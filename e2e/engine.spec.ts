import { request as httpRequest } from "node:http";
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

/** A PUT as someone on the booth's Wi-Fi would send it, with a Host header of their choosing (fetch would not allow it). */
function putWithHost(host: string): Promise<{ status: number; body: string }> {
  const url = new URL("/api/inngest", `http://localhost:${process.env.E2E_PORT ?? 3100}`);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname: url.hostname, port: url.port, path: url.pathname, method: "PUT", headers: { host } }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

test("a sync asked for by anyone but the booth's own engine is refused, and workflows keep running", async ({ page }) => {
  const hijack = await putWithHost("attacker:3939");
  expect(hijack.status).toBe(401);
  expect(hijack.body).toContain("Only the booth's own workflow engine may sync its functions.");

  await signInAsStaff(page, e2eAccounts.organiser);
  await page.goto("/admin/runs");
  const before = (await (await page.request.get("/api/engine/runs?functionId=presso-engine-self-test")).json()) as { status: string }[];
  await page.getByRole("button", { name: "Run the engine self-test" }).click();
  await expect
    .poll(async () => {
      const runs = (await (await page.request.get("/api/engine/runs?functionId=presso-engine-self-test")).json()) as { status: string }[];
      return runs.filter((run) => run.status === "COMPLETED").length;
    }, { timeout: 20_000 })
    .toBeGreaterThan(before.filter((run) => run.status === "COMPLETED").length);
});
