import type { AppConfig } from "../config";
import type { Database } from "../db/connect";

/**
 * What `GET /api/health` answers: the mode of each backing service and whether it answers now.
 * Embedded parts register a probe when they start; a managed service is probed over the network.
 */

export type ComponentHealth = { mode: string; reachable: boolean; detail: string; latencyMs?: number };
export type Health = {
  ok: boolean;
  database: ComponentHealth;
  workflows: ComponentHealth;
  realtime: ComponentHealth;
};

/** What anyone may read: the modes and whether each part answers; no versions, counts, errors or timings. */
export type PublicComponentHealth = { mode: string; reachable: boolean };
export type PublicHealth = {
  ok: boolean;
  database: PublicComponentHealth;
  workflows: PublicComponentHealth;
  realtime: PublicComponentHealth;
};

export function publicHealth(health: Health): PublicHealth {
  const part = ({ mode, reachable }: ComponentHealth): PublicComponentHealth => ({ mode, reachable });
  return { ok: health.ok, database: part(health.database), workflows: part(health.workflows), realtime: part(health.realtime) };
}

type Probe = () => Promise<string>;
const probes = globalThis as typeof globalThis & { __pressoProbes?: Map<string, Probe> };

/** An embedded part (the workflow executor, the realtime hub) says how to check it once it is running. */
export function registerProbe(component: "workflows" | "realtime", probe: Probe): void {
  (probes.__pressoProbes ??= new Map()).set(component, probe);
}

async function timed(mode: string, check: () => Promise<string>, timeoutMs = 2000): Promise<ComponentHealth> {
  const started = performance.now();
  try {
    const detail = await Promise.race([
      check(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)),
    ]);
    return { mode, reachable: true, detail, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { mode, reachable: false, detail: (error as Error).message };
  }
}

/** Any HTTP answer means the service is reachable from here; a network error means it is not. */
async function answersHttp(url: string): Promise<string> {
  const response = await fetch(url, { method: "GET", signal: AbortSignal.timeout(2000) });
  return `${url} answered ${response.status}`;
}

function embeddedProbe(component: "workflows" | "realtime"): Promise<string> {
  const probe = probes.__pressoProbes?.get(component);
  if (!probe) return Promise.reject(new Error("the embedded service has not started in this process"));
  return probe();
}

export async function checkHealth(config: AppConfig, database: Database): Promise<Health> {
  const [db, workflows, realtime] = await Promise.all([
    timed(database.mode, async () => {
      const rows = await database.prisma.$queryRaw<{ version: string }[]>`SELECT version()`;
      return rows[0]?.version.split(" on ")[0] ?? "connected";
    }),
    timed(config.workflows.mode, () => {
      switch (config.workflows.mode) {
        case "embedded":
          return embeddedProbe("workflows");
        case "inngest-dev":
          return answersHttp(`${config.workflows.url}/dev`);
        case "cloud":
          return answersHttp("https://api.inngest.com/");
      }
    }),
    timed(config.realtime.mode, () =>
      config.realtime.mode === "local" ? embeddedProbe("realtime") : answersHttp("https://rest.ably.io/time"),
    ),
  ]);
  return { ok: db.reachable && workflows.reachable && realtime.reachable, database: db, workflows, realtime };
}
