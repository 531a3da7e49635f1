import { networkInterfaces } from "node:os";
import { expect, test, type Page } from "@playwright/test";
import { createBooth, guestApi, openDisplay, scanCode, staffApi, type Api, type Booth } from "./booth";
import { untilServiceWorkerControls } from "./service-worker";

/**
 * The booth screen on a TV: at the booth's cap of open orders it fits 720p, 1080p and 4K without scrolling, every
 * order shown in its list or counted in "+k more"; a screen opened at localhost says where phones can reach it; and
 * a screen reloaded during a Wi-Fi blip shows Presso's offline page, then the booth again.
 */

const screens = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];

// Names of every length, a long one among them, as a booth's queue would have.
const names = ["Ana", "Bea", "Carl", "Maximiliana", "Duc", "Eve", "Fatou", "Gonçalo", "Hiro", "Ines", "Jo", "Kwame", "Lea", "Mo", "Nadia", "Olu", "Pia", "Quentin", "Rosa", "Sven"];

type BoardOrder = { id: string; orderNumber: number; status: string };
type Menu = { id: string; optionGroups: { id: string; options: { id: string; isDefault: boolean }[] }[] }[];

/** One attendee's phone per order (each may have one open order), straight through the app's API. */
async function fillBooth(booth: Booth, code: string, count: number) {
  const first = await guestApi(names[0]!);
  const [drink] = await first.read<Menu>("event.menu", { slug: booth.slug });
  const choice = {
    menuItemId: drink!.id,
    choices: drink!.optionGroups.map((group) => ({ groupId: group.id, optionIds: [group.options.find((option) => option.isDefault)!.id] })),
  };
  for (let index = 0; index < count; index++) {
    const phone = index === 0 ? first : await guestApi(`${names[index % names.length]} Example`);
    const { orderId } = await phone.call<{ orderId: string }>("attendee.startOrder", { slug: booth.slug, code });
    // The order workflow admits the order a moment after it starts; a phone's choice waits for that, as the page does.
    await expect(() => phone.call("attendee.submitOrder", { orderId, choice })).toPass({ timeout: 20_000 });
    await phone.dispose();
  }
}

async function queuedOrders(barista: Api, slug: string, count: number) {
  let orders: BoardOrder[] = [];
  await expect
    .poll(
      async () => {
        orders = (await barista.read<{ orders: BoardOrder[] }>("board.orders", { slug })).orders;
        return orders.filter((order) => order.status === "QUEUED").length;
      },
      { timeout: 60_000 },
    )
    .toBe(count);
  return orders.sort((a, b) => a.orderNumber - b.orderNumber);
}

type ListView = { shown: number[]; more: number; outside: number[]; fontSize: number; numberSize: number };

/** What each list shows: the numbers inside its box (and the screen), those that stick out, and the "+k more" count. */
function readLists(page: Page) {
  return page.evaluate(() => {
    const lists: Record<string, ListView> = {};
    for (const section of document.querySelectorAll<HTMLElement>("main section[aria-labelledby]")) {
      const title = document.getElementById(section.getAttribute("aria-labelledby")!)!.textContent!;
      const list = section.querySelector("ul");
      const view: ListView = { shown: [], more: 0, outside: [], fontSize: 0, numberSize: 0 };
      lists[title] = view;
      if (!list) continue;
      view.fontSize = parseFloat(getComputedStyle(list).fontSize);
      const number = list.querySelector("li > span");
      view.numberSize = number ? parseFloat(getComputedStyle(number).fontSize) : 0;
      const box = list.parentElement!.getBoundingClientRect();
      for (const item of list.querySelectorAll("li")) {
        const text = item.textContent ?? "";
        const more = /^\+(\d+) more$/.exec(text);
        if (more) {
          view.more = Number(more[1]);
          continue;
        }
        const number = Number(/^#(\d+)/.exec(text)?.[1]);
        const rect = item.getBoundingClientRect();
        const inside =
          rect.top >= box.top - 0.5 &&
          rect.bottom <= box.bottom + 0.5 &&
          rect.left >= box.left - 0.5 &&
          rect.right <= box.right + 0.5 &&
          rect.bottom <= window.innerHeight &&
          rect.right <= window.innerWidth;
        (inside ? view.shown : view.outside).push(number);
      }
    }
    return lists;
  });
}

test("at its cap of open orders the booth screen fits 720p, 1080p and 4K without scrolling, each order shown or counted", async ({ browser }) => {
  test.setTimeout(240_000);
  const cap = 20;
  // More drinks in the code than the cap, so the code still shows when the booth is full.
  const booth = await createBooth({ maxOpenOrders: cap, drinksPerCode: cap * 2 });
  const display = await openDisplay(browser, booth);
  const code = new URL(await scanCode(display.page), "http://booth.test").searchParams.get("code")!;
  await fillBooth(booth, code, cap);

  // Eight drinks ready, four being made, eight waiting: the booth is full.
  const barista = await staffApi(booth.staff.first);
  const orders = await queuedOrders(barista, booth.slug, cap);
  for (const order of orders.slice(0, 12)) await barista.call("board.claim", { slug: booth.slug, orderId: order.id });
  for (const order of orders.slice(0, 8)) await barista.call("board.complete", { slug: booth.slug, orderId: order.id });
  await barista.dispose();
  const ready = orders.slice(0, 8).map((order) => order.orderNumber);
  const preparing = orders.slice(8).map((order) => order.orderNumber);

  const readyList = display.page.getByRole("region", { name: "Ready" });
  await expect(readyList).toContainText(`#${ready.at(-1)}`);
  // The drink that has just turned ready is marked in the event's colour.
  await expect(readyList.getByRole("listitem").filter({ hasText: `#${ready.at(-1)}` })).not.toHaveCSS("background-color", "rgba(0, 0, 0, 0)");

  for (const screen of screens) {
    await display.page.setViewportSize(screen);
    const label = `${screen.width}×${screen.height}`;
    // The lists are fitted once the browser has measured them: wait until every order is accounted for.
    await expect
      .poll(async () => {
        const lists = await readLists(display.page);
        return { ready: accounted(lists.Ready, ready), preparing: accounted(lists.Preparing, preparing) };
      }, { message: label })
      .toEqual({ ready: allAccounted(ready), preparing: allAccounted(preparing) });

    const lists = await readLists(display.page);
    expect(lists.Ready!.fontSize, `${label}: Ready is at least as large as Preparing`).toBeGreaterThanOrEqual(lists.Preparing!.fontSize);
    expect(lists.Ready!.numberSize, `${label}: Ready's numbers are larger than Preparing's`).toBeGreaterThan(lists.Preparing!.numberSize);
    const page = await display.page.evaluate(() => ({
      scrollHeight: document.documentElement.scrollHeight,
      scrollWidth: document.documentElement.scrollWidth,
      innerHeight: window.innerHeight,
      innerWidth: window.innerWidth,
    }));
    expect(page.scrollHeight, `${label}: no vertical scrolling`).toBeLessThanOrEqual(page.innerHeight);
    expect(page.scrollWidth, `${label}: no horizontal scrolling`).toBeLessThanOrEqual(page.innerWidth);

    // The code, its countdown and the hint are on the screen, the code large enough to scan from a step away.
    const qr = await display.page.getByRole("img", { name: "QR code: scan to order" }).boundingBox();
    expect(qr!.y + qr!.height, `${label}: the code is on the screen`).toBeLessThanOrEqual(screen.height);
    expect(Math.min(qr!.width, qr!.height), `${label}: the code is large`).toBeGreaterThan(screen.height * 0.3);
    await expect(display.page.getByRole("timer")).toHaveText(/^New code in \d\d:\d\d$/);
    await expect(display.page.getByText("Scan with your phone camera")).toBeInViewport();
  }
  await display.context.close();
});

/** Whether a list shows its oldest orders in full and counts the rest in "+k more", with nothing sticking out. */
function accounted(view: ListView | undefined, numbers: number[]) {
  if (!view) return "no such list";
  return { oldestShown: view.shown.join() === numbers.slice(0, view.shown.length).join(), total: view.shown.length + view.more, outside: view.outside };
}

function allAccounted(numbers: number[]) {
  return { oldestShown: true, total: numbers.length, outside: [] };
}

test("a booth screen opened at localhost says phones cannot open its code, and where to open it instead", async ({ browser }) => {
  const booth = await createBooth();
  const display = await openDisplay(browser, booth);
  const setUp = display.page.getByRole("complementary", { name: "Screen set-up" });
  await expect(setUp).toContainText("Phones cannot open this code");

  // This machine's own network addresses, as the server sees them (the test runs on the same machine).
  const port = new URL(display.page.url()).port;
  const lan = Object.values(networkInterfaces())
    .flatMap((entries) => entries ?? [])
    .filter((entry) => entry.family === "IPv4" && !entry.internal && !entry.address.startsWith("169.254."))
    .map((entry) => `http://${entry.address}:${port}/e/${booth.slug}/display`);
  if (lan.length === 0) await expect(setUp).toContainText("no network address phones could use");
  for (const address of lan) await expect(setUp).toContainText(address);

  // The chime can be switched, and says plainly when a tap is needed before it can be heard.
  const chime = display.page.getByRole("checkbox", { name: "Chime when a drink is ready" });
  await expect(chime).toBeChecked();
  const tap = display.page.getByRole("button", { name: "Tap to turn sound on" });
  if (await tap.isVisible()) {
    await tap.click();
    await expect(tap).toBeHidden();
  }
  await chime.uncheck();
  await expect(chime).not.toBeChecked();
  await expect(tap).toBeHidden();
  await display.context.close();
});

test("a booth screen reloaded without a network shows Presso's offline page, and comes back with the network", async ({ browser }) => {
  const booth = await createBooth();
  const display = await openDisplay(browser, booth);
  await untilServiceWorkerControls(display.page);

  await display.context.setOffline(true);
  await display.page.reload();
  await expect(display.page.getByRole("heading", { name: "You are offline" })).toBeVisible();
  await expect(display.page.getByRole("button", { name: "Try again" })).toBeVisible();

  // The offline page asks the server every few seconds and goes back to the booth screen once it answers.
  await display.context.setOffline(false);
  await expect(display.page.getByRole("region", { name: "Preparing" })).toBeVisible({ timeout: 20_000 });
  expect(new URL(display.page.url()).pathname).toBe(`/e/${booth.slug}/display`);
  await display.context.close();
});
