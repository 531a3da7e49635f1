import { spawn, type ChildProcess } from "node:child_process";

/**
 * A production Presso (`next start`, needs a build in .next) on an embedded database folder of the caller's
 * choosing, for benchmarks and for tests that stop a server the hard way. One process, started directly with
 * node, so a signal reaches the server itself and not a wrapper.
 */
export type PressoServer = {
  url: string;
  process: ChildProcess;
  /** What the server printed, for a failing test to show. */
  output(): string;
  /** Stops it: SIGTERM lets it finish (killed if it has not within 10 s), SIGKILL is a crash. Resolves once the process has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
};

export async function startPressoServer(options: { port: number; dataDir: string; env?: Record<string, string>; startTimeoutMs?: number }): Promise<PressoServer> {
  const url = `http://127.0.0.1:${options.port}`;
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(options.port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      ...options.env,
      PORT: String(options.port),
      DATABASE_URL: `postgresql://pglite/${options.dataDir}`,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  server.stdout!.on("data", keep);
  server.stderr!.on("data", keep);
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));

  const deadline = Date.now() + (options.startTimeoutMs ?? 90_000);
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the server exited while starting:\n${output}`);
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) {
      server.kill("SIGKILL");
      throw new Error(`the server did not start in time:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    process: server,
    output: () => output,
    async stop(signal = "SIGTERM") {
      if (server.exitCode === null && server.signalCode === null) server.kill(signal);
      // A graceful stop waits for open connections (a browser's event stream left open by a failed test): past
      // ten seconds it is not coming, and a test's clean-up must not hang on it.
      const late = setTimeout(() => server.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(late);
    },
  };
}
