import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["**/*.test.ts", "**/*.test.tsx"],
    exclude: ["node_modules/**", "e2e/**", ".next/**"],
    environment: "node",
    // Each test file gets fresh databases; PGlite boots in a second but a 2-core CI box is slow under load.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // log2 of scrypt's N for test runs: production's N=2^15 costs about 190 ms a hash, and the suites create
    // dozens of accounts (server/auth/passwords.ts).
    env: { PRESSO_TEST_PASSWORD_COST: "4" },
  },
});
