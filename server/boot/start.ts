import { getConfig } from "../config";
import { describeSignIn, getRuntime } from "./runtime";
import { trustSocketAddressOnly } from "../security/client-address";

/**
 * Opens (and in embedded mode migrates and seeds) the database before the first request is served, then says
 * where to go and how to sign in. A start that cannot work (a bad variable, a database folder in use) stops
 * the process with the reason instead of serving errors.
 */
export async function startPresso(): Promise<void> {
  try {
    // No proxy stands in front of a booth laptop, so an X-Forwarded-For header is whatever the client wrote.
    const config = getConfig();
    if (config.database.mode === "embedded") trustSocketAddressOnly();
    const runtime = await getRuntime();
    console.log(describeSignIn(runtime, `http://localhost:${config.port}`));
  } catch (error) {
    console.error(`\n[presso] cannot start: ${(error as Error).message}\n`);
    process.exit(1);
  }
}
