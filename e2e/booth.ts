import { expect, request as playwrightRequest, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { e2eAccounts } from "./accounts";
import { signInAsStaff } from "./sign-in";

/**
 * A booth for one journey, set up through the app's own API as an organiser would (a new event with short
 * windows, a one-drink menu, two baristas and a booth-screen account), and browser contexts for each person.
 */

const baseURL = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
let counter = 0;

export type BoothSettings = Partial<{
  drinksPerCode: number;
  maxOpenOrders: number;
  maxOpenOrdersPerAttendee: number;
  submitWindowSeconds: number;
  baristaWindowSeconds: number;
}>;

export type Api = Awaited<ReturnType<typeof signedInApi>>;

/** A session against the app's own API, signed in through next-auth as a browser would ("staff" or "guest"). */
async function signedInApi(provider: "staff" | "guest", form: Record<string, string>) {
  const api = await playwrightRequest.newContext({ baseURL });
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await api.post(`/api/auth/callback/${provider}`, { form: { csrfToken, ...form, json: "true", callbackUrl: "/" } });
  const unwrap = async <T>(path: string, response: Awaited<ReturnType<typeof api.get>>): Promise<T> => {
    const body = (await response.json()) as { result?: { data: { json: T } }; error?: { json: { message: string } } };
    if (body.error) throw new Error(`${path}: ${body.error.json.message}`);
    return body.result!.data.json;
  };
  return {
    async call<T>(path: string, input: unknown): Promise<T> {
      return unwrap<T>(path, await api.post(`/api/trpc/${path}`, { data: { json: input } }));
    },
    async query<T>(path: string, input: unknown): Promise<T> {
      return unwrap<T>(path, await api.get(`/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`));
    },
    dispose: () => api.dispose(),
  };
}

const organiserApi = () => signedInApi("staff", { email: e2eAccounts.organiser.email, password: e2eAccounts.organiser.password });

/** A staff member of a booth (a barista, say) using the API directly, as their board would. */
export const staffApi = (account: { email: string; password: string }) => signedInApi("staff", { email: account.email, password: account.password });

/** An attendee's phone using the API directly: signed in with the name for the cup. */
export const guestApi = (name: string) => signedInApi("guest", { name });

export async function createBooth(settings: BoothSettings = {}) {
  const api = await organiserApi();
  const slug = `e2e-${Date.now().toString(36)}-${++counter}`;
  // Hour-long code windows: a journey never straddles the end of a window by chance.
  await api.call("admin.events.create", { slug, name: `Booth ${counter}`, timeZone: "Europe/Lisbon", locale: "pt-PT", qrRotationSeconds: 3600, ...settings });
  await api.call("admin.menu.add", {
    slug,
    item: {
      name: "Flat White",
      icon: "flat-white",
      optionGroups: [{ name: "Milk", selection: "SINGLE", required: true, options: [{ name: "Whole", isDefault: true }, { name: "Oat" }] }],
    },
  });
  const staff = {
    screen: { email: `${slug}-screen@e2e.test`, password: "screen-e2e-pass", name: "Booth Screen", role: "DISPLAY" },
    first: { email: `${slug}-rita@e2e.test`, password: "rita-e2e-pass", name: "Rita Barista", role: "BARISTA" },
    second: { email: `${slug}-sam@e2e.test`, password: "sam-e2e-pass", name: "Sam Barista", role: "BARISTA" },
  };
  for (const member of Object.values(staff)) {
    await api.call("admin.staff.add", { slug, email: member.email, role: member.role, newAccount: { name: member.name, password: member.password } });
  }
  await api.call("board.setStoreOpen", { slug, open: true });
  await api.dispose();
  return { slug, staff };
}

export type Booth = Awaited<ReturnType<typeof createBooth>>;

/** A new browser context (its own cookies, like another device) with one page. */
export async function device(browser: Browser, options: { large?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(options.large ? { viewport: { width: 1600, height: 900 } } : {});
  return { context, page: await context.newPage() };
}

export async function openDisplay(browser: Browser, booth: Booth) {
  const { context, page } = await device(browser, { large: true });
  await signInAsStaff(page, booth.staff.screen);
  await page.goto(`/e/${booth.slug}/display`);
  await expect(page.getByRole("status", { name: "Connection: Live" })).toBeVisible();
  return { context, page };
}

export async function openBoard(browser: Browser, booth: Booth, who: "first" | "second") {
  const { context, page } = await device(browser);
  await signInAsStaff(page, booth.staff[who]);
  await page.goto(`/e/${booth.slug}/barista`);
  await expect(page.getByRole("status", { name: "Connection: Live" })).toBeVisible();
  return { context, page };
}

/**
 * The order link inside the QR code the booth screen shows right now (read off the page, as a phone would). In the
 * last 15 s of a window the screen hides the code until the next window's appears: a phone waits, and so does this.
 */
export async function scanCode(display: Page): Promise<string> {
  const code = display.getByRole("img", { name: "QR code: scan to order" });
  await expect(code).toBeVisible({ timeout: 30_000 });
  const url = new URL((await code.getAttribute("data-order-url"))!);
  return `${url.pathname}${url.search}`;
}

/** An attendee's phone opens the scanned link, signs in with their name, and lands where the link pointed. */
export async function attendeeScans(browser: Browser, link: string, name: string) {
  const { context, page } = await device(browser);
  await page.goto(link);
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  const guest = page.getByRole("region", { name: "Here for a coffee?" });
  await guest.getByLabel("Your name for the cup").fill(name);
  await guest.getByRole("button", { name: "Continue" }).click();
  return { context, page };
}

export const orderHeading = (page: Page) => page.getByRole("status", { name: "Order status" }).getByRole("heading", { level: 1 });

/** Chooses a drink and its milk, and submits. */
export async function orderDrink(page: Page, milk = "Whole") {
  await expect(orderHeading(page)).toHaveText("Choose your drink");
  await page.getByRole("radio", { name: "Flat White" }).check();
  await page.getByRole("group", { name: /^Milk/ }).getByRole("radio", { name: milk }).check();
  await page.getByRole("button", { name: "Order Flat White" }).click();
}

export function card(board: Page, orderNumber: number) {
  return board.getByRole("article", { name: `Order #${orderNumber}`, exact: true });
}
