import { rmSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import webpush from "web-push";
import { startPressoServer, type PressoServer } from "../scripts/testing/presso-server";
import { pushReceiver, readVapid, startPushServiceStandIn } from "../server/testing/push-service-stand-in";
import { e2eAccounts } from "./accounts";
import { attendeeScans, createBooth, openBoard, openDisplay, orderDrink, orderHeading, scanCode, tap } from "./booth";

/**
 * "Your Flat White is ready" as a Web Push notification. The shared server of the other specs has no VAPID keys,
 * so this spec starts one of its own with keys made now (on the crash test's port: specs run one at a time and
 * each stops its server), and a plain-http stand-in for the push service that records what it is sent.
 * Chromium here has no push service, so the phone's PushManager is stood in for by an init script that returns a
 * subscription at the stand-in, with keys this test holds; the message the stand-in got is then handed to the
 * phone's service worker through CDP, as a push service would deliver it.
 */

const port = Number(process.env.E2E_PUSH_PORT ?? process.env.E2E_CRASH_PORT ?? 3197);
const ownServer = `http://127.0.0.1:${port}`;
const sharedServer = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
const vapid = webpush.generateVAPIDKeys(); // made now, for this run only

let server: PressoServer | undefined;
let service: Awaited<ReturnType<typeof startPushServiceStandIn>>;

test.describe("with Web Push configured", () => {
  test.use({ baseURL: ownServer });

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    rmSync(".e2e-data/push", { recursive: true, force: true });
    service = await startPushServiceStandIn();
    server = await startPressoServer({
      port,
      dataDir: ".e2e-data/push/db",
      env: {
        PRESSO_DEMO_ORGANISER_EMAIL: e2eAccounts.organiser.email,
        PRESSO_DEMO_ORGANISER_PASSWORD: e2eAccounts.organiser.password,
        PRESSO_VAPID_PUBLIC_KEY: vapid.publicKey,
        PRESSO_VAPID_PRIVATE_KEY: vapid.privateKey,
        PRESSO_VAPID_SUBJECT: "mailto:e2e@presso.test",
        // The stand-in listens on plain http on this machine; a real deployment sends to https push services only.
        PRESSO_PUSH_LOCAL_ENDPOINTS: "1",
      },
    });
  });

  test.afterAll(async () => {
    await server?.stop();
    await service?.close();
  });

  test("an attendee who asked is told on their phone when their Flat White is ready: one push, for that phone only, shown by the service worker", async ({ browser }) => {
    test.setTimeout(120_000);
    const booth = await createBooth({}, ownServer);
    const display = await openDisplay(browser, booth);
    const rita = await openBoard(browser, booth, "first");
    const ana = await attendeeScans(browser, await scanCode(display.page), "Ana Lima");
    await orderDrink(ana.page);
    await expect(orderHeading(ana.page)).toHaveText("Order #1 is in the queue");
    const orderPath = new URL(ana.page.url()).pathname;
    const orderId = orderPath.split("/").pop()!;

    // Ana's phone says yes to notifications, and its push service is the stand-in.
    const phone = pushReceiver();
    await ana.context.grantPermissions(["notifications"], { origin: ownServer });
    await ana.context.addInitScript(standInPushManager, { endpoint: service.endpoint("ana"), keys: phone.keys });
    await ana.page.reload();
    await ana.page.getByRole("button", { name: "Tell me when it's ready" }).click();
    await expect(ana.page.getByRole("status").filter({ hasText: "We will send a notification to this phone when your drink is ready." })).toBeVisible();
    expect(await subscribedWith(ana.page)).toBe(vapid.publicKey);

    await tap(rita.page, "New", 1, "Make");
    await tap(rita.page, "Making", 1, "Ready");
    await expect(orderHeading(ana.page)).toHaveText("Ready: show #1 at the counter");

    // One push, although the publisher's fast path (with the tap) and its durable path (the engine's run) both
    // publish the event: the second finds the push already claimed.
    await expect.poll(() => service.received.length).toBe(1);
    await ana.page.waitForTimeout(3_000);
    expect(service.received).toHaveLength(1);
    const [message] = service.received;
    expect(message!.path).toBe("/push/ana");
    expect(message!.headers["content-encoding"]).toBe("aes128gcm");
    const payload = phone.decrypt(message!.body);
    expect(JSON.parse(payload)).toEqual({ title: "Your Flat White is ready", body: "Ana, show #1 at the counter.", tag: `order:${orderId}`, url: orderPath });
    const token = readVapid(message!.headers.authorization);
    expect(token).toMatchObject({ signed: true, publicKey: vapid.publicKey, claims: { aud: service.origin, sub: "mailto:e2e@presso.test" } });

    // The push service hands it to the phone: its service worker shows the notification.
    const cdp = await ana.context.newCDPSession(ana.page);
    const registrationId = new Promise<string>((resolve) => {
      cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations }) => {
        const presso = registrations.find((registration) => registration.scopeURL === `${ownServer}/` && !registration.isDeleted);
        if (presso) resolve(presso.registrationId);
      });
    });
    await cdp.send("ServiceWorker.enable");
    await cdp.send("ServiceWorker.deliverPushMessage", { origin: ownServer, registrationId: await registrationId, data: payload });
    await expect
      .poll(() =>
        ana.page.evaluate(async () => {
          const registration = await navigator.serviceWorker.ready;
          return (await registration.getNotifications()).map(({ title, body, tag }) => ({ title, body, tag }));
        }),
      )
      .toEqual([{ title: "Your Flat White is ready", body: "Ana, show #1 at the counter.", tag: `order:${orderId}` }]);

    for (const person of [display, rita, ana]) await person.context.close();
  });
});

test.describe("without Web Push (the shared server, no VAPID keys)", () => {
  test.use({ baseURL: sharedServer });

  test("the attendee's page is offered no notifications: there is no key to subscribe with", async ({ request }) => {
    // The page's component shows nothing unless this answers with a key (ready-notifications.tsx).
    expect((await request.get("/api/push/subscriptions")).status()).toBe(404);
  });
});

/** The VAPID key the page subscribed with, as base64url. */
function subscribedWith(page: Page) {
  return page.evaluate(() => (window as unknown as { __pressoSubscribedWith?: string }).__pressoSubscribedWith);
}

/** Runs in the phone's page: PushManager answers with a subscription at the stand-in, as a push service would. */
function standInPushManager({ endpoint, keys }: { endpoint: string; keys: { p256dh: string; auth: string } }) {
  let current: PushSubscription | null = null;
  const base64url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  PushManager.prototype.subscribe = async function (options?: PushSubscriptionOptionsInit) {
    const key = options?.applicationServerKey;
    (window as unknown as { __pressoSubscribedWith?: string }).__pressoSubscribedWith =
      typeof key === "string" ? key : key ? base64url(new Uint8Array(ArrayBuffer.isView(key) ? key.buffer.slice(key.byteOffset, key.byteOffset + key.byteLength) : key)) : undefined;
    current = {
      endpoint,
      expirationTime: null,
      options: { userVisibleOnly: true, applicationServerKey: null },
      getKey: () => null,
      unsubscribe: async () => true,
      toJSON: () => ({ endpoint, expirationTime: null, keys }),
    } as unknown as PushSubscription;
    return current;
  };
  PushManager.prototype.getSubscription = async function () {
    return current;
  };
}
