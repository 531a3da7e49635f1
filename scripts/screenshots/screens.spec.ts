import { mkdirSync } from "node:fs";
import { test, type Page } from "@playwright/test";
import { attendeeScans, createBooth, device, openBoard, openDisplay, orderDrink, organiserActs, phone, scanCode, seedOrders, tablet, type Viewport } from "../../e2e/booth";
import { e2eAccounts } from "../../e2e/accounts";
import { signInAsStaff } from "../../e2e/sign-in";

/** Not a test: a tour that photographs each screen in a busy booth, at the sizes a booth uses. */

const folder = "screenshots";
const tvs: Viewport[] = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];

async function shoot(page: Page, name: string) {
  const { width, height } = page.viewportSize()!;
  await page.waitForTimeout(500); // let a highlight or a countdown settle
  await page.screenshot({ path: `${folder}/${name}-${width}x${height}.png`, fullPage: true });
}

test("every screen of a busy booth", async ({ browser }) => {
  mkdirSync(folder, { recursive: true });
  const booth = await createBooth({ maxOpenOrders: 20, drinksPerCode: 30 });
  const display = await openDisplay(browser, booth);
  await shoot(display.page, "display-empty");

  const names = ["Ana Lima", "Bruno Sá", "Carla Dias", "Duarte Reis", "Eva Nunes", "Filipe Rocha", "Gil Matos", "Helena Cruz", "Inês Faria", "João Pinto", "Kiko Alves", "Luísa Mota"];
  const orderIds = await seedOrders(display.page, booth.slug, names);
  await organiserActs(booth.slug, [
    ...orderIds.slice(0, 4).flatMap((orderId) => [{ verb: "claim" as const, orderId }, { verb: "complete" as const, orderId }]),
    ...orderIds.slice(4, 7).map((orderId) => ({ verb: "claim" as const, orderId })),
  ]);

  for (const viewport of tvs) {
    await display.page.setViewportSize(viewport);
    await shoot(display.page, "display-busy");
  }
  for (const [name, viewport] of [["phone", phone], ["tablet", tablet]] as const) {
    const board = await openBoard(browser, booth, "first", viewport);
    await shoot(board.page, `board-${name}`);
    await board.context.close();
  }

  const attendee = await attendeeScans(browser, await scanCode(display.page), "Maria Sousa");
  await shoot(attendee.page, "attendee-choosing");
  await orderDrink(attendee.page, "Oat");
  await shoot(attendee.page, "attendee-queued");
  await attendee.context.close();

  const organiser = await device(browser, { viewport: { width: 1280, height: 800 } });
  await signInAsStaff(organiser.page, e2eAccounts.organiser);
  await organiser.page.goto("/admin");
  await shoot(organiser.page, "admin-events");
  await organiser.page.goto(`/admin/journal?slug=${booth.slug}`);
  await shoot(organiser.page, "admin-journal");
  await organiser.context.close();
  await display.context.close();
});
