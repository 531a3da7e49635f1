import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

/**
 * `npm run screenshots`: every screen state at the sizes people use, written to ./screenshots (git-ignored) for
 * anyone to look at. The same production server as the journeys, on a port of its own; not part of `npm test`.
 */
const port = Number(process.env.E2E_PORT ?? 3600);
process.env.E2E_PORT = String(port);

export default defineConfig({
  ...base,
  testDir: "./scripts/screenshots",
  timeout: 180_000,
  use: { ...base.use, baseURL: `http://localhost:${port}` },
  webServer: {
    ...base.webServer!,
    command: String((base.webServer as { command: string }).command).replace(/-p \d+/, `-p ${port}`),
    url: `http://localhost:${port}/api/health`,
    env: { ...(base.webServer as { env: Record<string, string> }).env, NEXTAUTH_URL: `http://localhost:${port}`, PORT: String(port) },
  },
});
