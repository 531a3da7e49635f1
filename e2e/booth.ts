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
  /** The event's language (BCP 47, e.g. pt-PT) and time zone; an English booth in Lisbon unless told otherwise. */
  locale: string;
  timeZone: string;
  drinksPerCode: number;
  maxOpenOrders: number;
  maxOpenOrdersPerAttendee: number;
  submitWindowSeconds: number;
  baristaWindowSeconds: number;
}>;

type SignIn = { provider: "staff"; email: string; password: string } | { provider: "guest"; name: string };

/** A client of the app's own HTTP API (sign-in, then tRPC calls), as a script or a phone would use it. */
async function apiAs(who: SignIn, server = baseURL) {
  const api = await playwrightRequest.newContext({ baseURL: server });
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const { provider, ...credentials } = who;
  await api.post(`/api/auth/callback/${provider}`, { form: { csrfToken, ...credentials, json: "true", callbackUrl: "/" } });
  const answer = async <T>(response: Awaited<ReturnType<typeof api.get>>, path: string): Promise<T> => {
    const body = (await response.json()) as { result?: { data: { json: T } }; error?: { json: { message: string } } };
    if (body.error) throw new Error(`${path}: ${body.error.json.message}`);
    return body.result!.data.json;
  };
  return {
    call: async <T>(path: string, input: unknown): Promise<T> => answer<T>(await api.post(`/api/trpc/${path}`, { data: { json: input } }), path),
    read: async <T>(path: string, input: unknown): Promise<T> =>
      answer<T>(await api.get(`/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`), path),
    dispose: () => api.dispose(),
  };
}

export const organiserApi = (server?: string) => apiAs({ provider: "staff", ...e2eAccounts.organiser }, server);

export type Api = Awaited<ReturnType<typeof apiAs>>;

/** A staff member of a booth (a barista, say) using the API directly, as their board would. */
export const staffApi = (account: { email: string; password: string }) => apiAs({ provider: "staff", email: account.email, password: account.password });

/** An attendee's phone using the API directly: signed in with the name for the cup. */
export const guestApi = (name: string) => apiAs({ provider: "guest", name });

/** `server`: a spec's own server (with the e2e organiser account), instead of the shared one. */
export async function createBooth(settings: BoothSettings = {}, server?: string) {
  const api = await organiserApi(server);
  const slug = `e2e-${Date.now().toString(36)}-${++counter}`;
  // Hour-long code windows: a journey never straddles the end of a window by chance. English, since the journeys
  // find the staff screens' parts by their English names (e2e/languages.spec.ts covers another language).
  await api.call("admin.events.create", { slug, name: `Booth ${counter}`, timeZone: "Europe/Lisbon", locale: "en-GB", qrRotationSeconds: 3600, ...settings });
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

export type Viewport = { width: number; height: number };
export const phone: Viewport = { width: 412, height: 915 };
export const tablet: Viewport = { width: 1024, height: 768 };

/** A new browser context (its own cookies, like another device) with one page; a phone unless told otherwise. */
export async function device(
  browser: Browser,
  options: { large?: boolean; viewport?: Viewport } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const viewport = options.viewport ?? (options.large ? { width: 1600, height: 900 } : undefined);
  const context = await browser.newContext(viewport ? { viewport } : {});
  return { context, page: await context.newPage() };
}

export async function openDisplay(browser: Browser, booth: Booth) {
  const { context, page } = await device(browser, { large: true });
  await signInAsStaff(page, booth.staff.screen);
  await page.goto(`/e/${booth.slug}/display`);
  await expect(page.getByRole("status", { name: "Connection: Live" })).toBeVisible();
  return { context, page };
}

export async function openBoard(browser: Browser, booth: Booth, who: "first" | "second", viewport?: Viewport) {
  const { context, page } = await device(browser, { viewport });
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

/** An attendee's phone opens the scanned link and gives the name for the cup; that one tap signs in and redeems the code. */
export async function attendeeScans(browser: Browser, link: string, name: string) {
  const { context, page } = await device(browser);
  await page.goto(link);
  await giveName(page, name);
  return { context, page };
}

/** On the code link's page: the name for the cup, then Continue. */
export async function giveName(page: Page, name: string) {
  await page.getByLabel("Name for your cup").fill(name);
  await page.getByRole("button", { name: "Continue" }).click();
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

export type BoardState = "New" | "Making" | "Ready";

/**
 * One state of the board, shown: on a phone its tab is opened first (the tab's name starts with the state and ends
 * with its count); on a wider screen the three are regions side by side.
 */
export async function boardColumn(board: Page, state: BoardState) {
  const tab = board.getByRole("tab", { name: new RegExp(`^${state} \\d+$`) });
  if (await tab.isVisible()) {
    await tab.click();
    return board.getByRole("tabpanel", { name: state, exact: true });
  }
  return board.getByRole("region", { name: state, exact: true });
}

/** A barista's tap on one order's button ("Make", "Ready", …), in the state where that order now stands. */
export async function tap(board: Page, state: BoardState, orderNumber: number, verb: string) {
  const column = await boardColumn(board, state);
  await column.getByRole("article", { name: `Order #${orderNumber}`, exact: true }).getByRole("button", { name: `${verb} #${orderNumber}`, exact: true }).click();
}

/**
 * Attendees who order through the app's API, as their phones would (sign in with a name, redeem the booth screen's
 * current code, choose the first drink with its usual options), one after another. Returns their order ids.
 */
export async function seedOrders(display: Page, slug: string, names: string[], options: { drink?: string } = {}): Promise<string[]> {
  const orderIds: string[] = [];
  for (const name of names) {
    const attendee = await apiAs({ provider: "guest", name });
    const code = new URL(await scanCode(display), baseURL).searchParams.get("code")!;
    const { orderId } = await attendee.call<{ orderId: string }>("attendee.startOrder", { slug, code });
    const menu = await attendee.read<{ id: string; name: string }[]>("event.menu", { slug });
    const drink = options.drink ? menu.find((item) => item.name === options.drink) : menu[0];
    // The order workflow checks the booth's rules before it takes a choice; one sent sooner is refused, so the
    // choice is sent again until it is taken, as a person would tap again.
    await expect(async () => {
      await attendee.call("attendee.submitOrder", { orderId, choice: { menuItemId: drink!.id } });
    }).toPass({ timeout: 20_000 });
    await attendee.dispose();
    orderIds.push(orderId);
  }
  return orderIds;
}

/** An organiser adds a drink to a booth's menu (made at the cold bar, say). */
export async function addDrink(slug: string, item: { name: string; icon: string; station?: "ESPRESSO_BAR" | "COLD_BAR"; optionGroups?: unknown[] }) {
  const api = await organiserApi();
  await api.call("admin.menu.add", { slug, item });
  await api.dispose();
}

/** What an organiser does to orders through the API (claim, complete…), to set a board up quickly. */
export async function organiserActs(slug: string, acts: { verb: "claim" | "complete"; orderId: string }[]) {
  const api = await organiserApi();
  for (const { verb, orderId } of acts) await api.call(`board.${verb}`, { slug, orderId });
  await api.dispose();
}
