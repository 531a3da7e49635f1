// Where the console's robots run, read from this server's settings: only where the embedded workflow executor
// runs, which means a long-lived booth server (on serverless functions nothing would keep robots going between
// requests), on the port this server listens on, with the secret its sessions are sealed with.
import { getRuntime } from "../boot/runtime";
import { settledSessionSecret } from "../auth/session";
import type { RobotsHost } from "./console-robots";

export async function thisServerAsRobotsHost(): Promise<RobotsHost> {
  const { config } = await getRuntime();
  return { available: config.workflows.mode === "embedded", port: config.port, secret: await settledSessionSecret() };
}
