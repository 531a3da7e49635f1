import type { Page } from "@playwright/test";

/**
 * Waits until Presso's service worker is installed and in charge of the page: the first visit installs it, and
 * clientsClaim hands it the page that registered it. Only then does a reload without a network reach it.
 */
export async function untilServiceWorkerControls(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener("controllerchange", () => resolve(), { once: true }));
    }
  });
}
