import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "e2e/**", ".next/**"],
    environment: "node",
    // Each test file gets fresh databases; PGlite boots in a second but a 2-core CI box is slow under load.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Production hashes with bcrypt cost 12 (a quarter second each); the suites create dozens of accounts.
    env: { PRESSO_TEST_PASSWORD_COST: "4" },
  },
});
