import { defineConfig } from "@playwright/test";
import { e2eAccounts } from "./e2e/accounts";

/**
 * Journeys against the production build (`next build && next start`) in embedded mode, with a database folder of
 * their own that starts empty each run. Debian's Chromium, never a downloaded browser. PW_SKIP_BUILD=1 reuses .next.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
const dataDir = ".e2e-data/db";

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1, // one server, one embedded database, a 2-core machine
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    viewport: { width: 390, height: 844 }, // a phone first
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium" }],
  webServer: {
    command: `rm -rf .e2e-data && ${process.env.PW_SKIP_BUILD ? "" : "npx next build && "}npx next start -p ${port}`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      NEXTAUTH_URL: baseURL,
      DATABASE_URL: `postgresql://pglite/${dataDir}`,
      PRESSO_DEMO_ORGANISER_EMAIL: e2eAccounts.organiser.email,
      PRESSO_DEMO_ORGANISER_PASSWORD: e2eAccounts.organiser.password,
      PRESSO_DEMO_BARISTA_EMAIL: e2eAccounts.barista.email,
      PRESSO_DEMO_BARISTA_PASSWORD: e2eAccounts.barista.password,
      PORT: String(port),
    },
  },
});
