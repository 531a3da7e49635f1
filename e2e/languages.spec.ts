import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { createBooth, device, guestApi, phone } from "./booth";
import { signInAsStaff } from "./sign-in";

/**
 * An event speaks its own language and keeps its own clock: a Portuguese (pt-PT) booth in Tokyo shows its staff
 * screens and the attendee's phone in Portuguese with Tokyo times, on devices set to Lisbon's zone.
 */

test.use({ timezoneId: "Europe/Lisbon" });

/** The event's time now as the screens write it, and a minute on (the clock may turn over while the test reads it). */
function tokyoTimes(): string[] {
  const format = new Intl.DateTimeFormat("pt-PT", { timeStyle: "short", timeZone: "Asia/Tokyo" });
  const now = Date.now();
  return [format.format(now), format.format(now + 60_000)];
}

async function expectTokyoClock(page: Page) {
  const time = page.locator("time").first();
  await expect(time).toBeVisible();
  expect(tokyoTimes()).toContain(await time.textContent());
  // Lisbon is 8 or 9 hours behind Tokyo: the device's zone never shows.
  const lisbon = new Intl.DateTimeFormat("pt-PT", { timeStyle: "short", timeZone: "Europe/Lisbon" }).format(Date.now());
  expect(await time.textContent()).not.toBe(lisbon);
  await expect(page.getByText("Hora padrão do Japão").first()).toBeVisible();
}

test("a pt-PT booth in Tokyo: the board and the booth screen speak Portuguese and tell Tokyo time on a Lisbon device", async ({ browser }) => {
  const booth = await createBooth({ locale: "pt-PT", timeZone: "Asia/Tokyo" });

  const display = await device(browser, { large: true });
  await signInAsStaff(display.page, booth.staff.screen);
  expect(await display.page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe("Europe/Lisbon");
  await display.page.goto(`/e/${booth.slug}/display`);
  await expect(display.page.locator("html")).toHaveAttribute("lang", "pt-PT");
  await expect(display.page.getByRole("status", { name: "Ligação: Em direto" })).toBeVisible();
  await expect(display.page.getByText("Leia o código para pedir")).toBeVisible();
  await expect(display.page.getByText("Use a câmara do telemóvel")).toBeVisible();
  await expect(display.page.getByRole("timer")).toHaveText(/^Novo código em \d\d:\d\d$/);
  await expect(display.page.getByText("Restam 10 bebidas")).toBeVisible();
  await expect(display.page.getByRole("heading", { name: "Em preparação" })).toBeVisible();
  await expect(display.page.getByRole("heading", { name: "Prontos" })).toBeVisible();
  await expectTokyoClock(display.page);

  const board = await device(browser, { large: true });
  await signInAsStaff(board.page, booth.staff.first);
  await board.page.goto(`/e/${booth.slug}/barista`);
  await expect(board.page.locator("html")).toHaveAttribute("lang", "pt-PT");
  await expect(board.page.getByRole("status", { name: "Ligação: Em direto" })).toBeVisible();
  await expect(board.page.getByText("Balcão aberto", { exact: true })).toBeVisible();
  await expect(board.page.getByRole("region", { name: "Novos", exact: true })).toContainText("Sem pedidos novos.");
  await expectTokyoClock(board.page);
  await expect(board.page.getByText(/^Hora padrão do Japão · até 20 pedidos abertos · 10 bebidas por código$/)).toBeVisible();

  // An attendee orders (through the API, as a phone would, with the code the screen shows).
  const code = new URL((await display.page.locator("img[data-order-url]").getAttribute("data-order-url"))!).searchParams.get("code")!;
  const ana = await guestApi("Ana");
  const { orderId } = await ana.call<{ orderId: string }>("attendee.startOrder", { slug: booth.slug, code });
  const [flatWhite] = await ana.read<{ id: string }[]>("event.menu", { slug: booth.slug });
  await expect(async () => ana.call("attendee.submitOrder", { orderId, choice: { menuItemId: flatWhite!.id } })).toPass({ timeout: 20_000 });
  await ana.dispose();

  const order = board.page.getByRole("article", { name: "Pedido #1", exact: true });
  await expect(order).toContainText("Novo");
  await expect(board.page.getByRole("status", { name: "Pedidos novos" })).toHaveText("Pedido novo #1: Flat White, para Ana.");
  await order.getByRole("button", { name: "Preparar #1", exact: true }).click();
  await expect(order).toContainText("por Rita Barista (você)");
  await expect(display.page.getByRole("region", { name: "Em preparação" })).toContainText("#1");
  await expect(display.page.getByText("Restam 9 bebidas")).toBeVisible();

  await expectAccessible(board.page, "the board in Portuguese");
  await expectAccessible(display.page, "the booth screen in Portuguese");

  // Ready: the booth screen lists it under "Prontos", and the board offers "Levantado".
  await order.getByRole("button", { name: "Pronto #1", exact: true }).click();
  await expect(display.page.getByRole("region", { name: "Prontos" })).toContainText("Ana");
  await expect(board.page.getByRole("region", { name: "Prontos", exact: true }).getByRole("button", { name: "Levantado #1" })).toBeVisible();

  await board.context.close();
  await display.context.close();
});

test("a person's language choice (the presso-locale cookie) changes the words, never the event's zone", async ({ browser }) => {
  const booth = await createBooth({ locale: "pt-PT", timeZone: "Asia/Tokyo" });
  const board = await device(browser, { large: true });
  await signInAsStaff(board.page, booth.staff.first);
  await board.context.addCookies([{ name: "presso-locale", value: "ja", url: test.info().project.use.baseURL! }]);
  await board.page.goto(`/e/${booth.slug}/barista`);
  await expect(board.page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(board.page.getByRole("status", { name: "接続: ライブ" })).toBeVisible();
  await expect(board.page.getByText("日本標準時").first()).toBeVisible();
  const time = board.page.locator("time").first();
  await expect(time).toBeVisible();
  const tokyo = new Intl.DateTimeFormat("ja", { timeStyle: "short", timeZone: "Asia/Tokyo" });
  expect([tokyo.format(Date.now()), tokyo.format(Date.now() + 60_000)]).toContain(await time.textContent());
  await expectAccessible(board.page, "the board in Japanese");
  await board.context.close();
});

test("a pt-PT booth in Tokyo: an attendee's phone in Lisbon scans, chooses and follows the order in Portuguese, on Tokyo's clock", async ({ browser }) => {
  // Three pages checked with axe, and a booth screen beside the phone: more than a minute on a busy machine.
  test.slow();
  const booth = await createBooth({ locale: "pt-PT", timeZone: "Asia/Tokyo" });
  const display = await device(browser, { large: true });
  await signInAsStaff(display.page, booth.staff.screen);
  await display.page.goto(`/e/${booth.slug}/display`);
  await expect(display.page.getByRole("status", { name: "Ligação: Em direto" })).toBeVisible();
  const scanned = new URL((await display.page.locator("img[data-order-url]").getAttribute("data-order-url"))!);

  const ana = await device(browser, { viewport: phone });
  expect(await ana.page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe("Europe/Lisbon");
  await ana.page.goto(`${scanned.pathname}${scanned.search}`);
  await expect(ana.page.locator("html")).toHaveAttribute("lang", "pt-PT");
  await expect(ana.page).toHaveTitle(/^Pedir um café/);
  await expect(ana.page.getByRole("heading", { level: 1, name: "Pedir um café" })).toBeVisible();
  await expectAccessible(ana.page, "the scan link page in Portuguese");
  await ana.page.getByLabel("Nome para o copo").fill("Ana");
  await ana.page.getByRole("button", { name: "Continuar" }).click();

  // The drink form: the booth's own drink names, everything else in Portuguese.
  const heading = ana.page.getByRole("status", { name: "Estado do pedido" }).getByRole("heading", { level: 1 });
  await expect(heading).toHaveText("Escolha a sua bebida");
  await expect(ana.page).toHaveTitle(/^O seu pedido/);
  await expect(ana.page.getByRole("timer")).toHaveText(/^Tempo para escolher: \d+:\d\d$/);
  await expect(ana.page.getByRole("group", { name: "Bebida" })).toBeVisible();
  await ana.page.getByRole("button", { name: "Pedir a bebida" }).click();
  await expect(ana.page.getByText("Escolha uma bebida.")).toHaveAttribute("role", "alert");
  await ana.page.getByRole("radio", { name: "Flat White" }).check();
  await ana.page.getByRole("group", { name: /^Milk/ }).getByRole("radio", { name: "Whole" }).check();
  await expectAccessible(ana.page, "the drink form in Portuguese");
  await ana.page.getByRole("button", { name: "Pedir Flat White" }).click();

  // The order's status, and when it started on Tokyo's clock (not Lisbon's, 8 or 9 hours behind).
  await expect(heading).toHaveText("Pedido n.º 1 está na fila");
  await expect(ana.page.getByText("Fique atento ao seu número no ecrã da banca")).toBeVisible();
  await expect(ana.page.getByRole("button", { name: "Cancelar pedido" })).toBeVisible();
  const history = ana.page.getByRole("region", { name: "Os seus pedidos" });
  await expect(history).toContainText("Na fila");
  const started = (await history.getByText(/^Iniciado às/).textContent())!;
  const clock = (timeZone: string, at: number) => new Intl.DateTimeFormat("pt-PT", { timeZone, hour: "2-digit", minute: "2-digit" }).format(at);
  const now = Date.now();
  expect([now - 60_000, now].map((at) => `Iniciado às ${clock("Asia/Tokyo", at)} · este pedido`)).toContain(started);
  expect(started).not.toContain(clock("Europe/Lisbon", now));
  await expectAccessible(ana.page, "the order status in Portuguese");

  await ana.context.close();
  await display.context.close();
});
