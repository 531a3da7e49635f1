import { z } from "zod";
import { isPublishedSecret } from "./data-folder/published-secret";
import { ablyEndpoint, type AblyEndpoint } from "./realtime/ably-options";

/**
 * The environment, parsed once. Every mode is chosen here by environment variables only:
 * - database: embedded PGlite (DATABASE_URL unset or postgresql://pglite/<dir>) or any Postgres URL;
 * - workflows: the embedded executor, `npx inngest-cli dev` (INNGEST_DEV) or Inngest Cloud (INNGEST_SIGNING_KEY);
 * - realtime: Server-Sent Events from this server, or Ably (ABLY_API_KEY).
 * A malformed variable stops the app with a message that names it.
 */

const EMBEDDED_DATABASE_URL = "postgresql://pglite/.pglite";
const PGLITE_URL = /^postgres(?:ql)?:\/\/pglite\/(.*)$/;

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const optionalPort = optionalText.pipe(
  z
    .string()
    .regex(/^\d{1,5}$/, "must be a port number")
    .refine((port) => Number(port) >= 1 && Number(port) <= 65535, "must be a port number")
    .optional(),
);

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: optionalPort,
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL (postgresql://pglite/<dir> for the embedded database)")
      .optional(),
  ),
  NEXTAUTH_SECRET: optionalText.pipe(
    z
      .string()
      .min(32, "must be at least 32 characters")
      .refine((secret) => !isPublishedSecret(secret), "is the secret that was published with Presso's source code: make a new one (openssl rand -hex 32)")
      .optional(),
  ),
  INNGEST_DEV: optionalText,
  INNGEST_SIGNING_KEY: optionalText,
  INNGEST_EVENT_KEY: optionalText,
  ABLY_API_KEY: optionalText.pipe(
    z.string().regex(/^[^.:]+\.[^.:]+:.+$/, "must look like appId.keyId:secret").optional(),
  ),
  ABLY_ENDPOINT: optionalText,
  ABLY_PORT: optionalPort,
  ABLY_TLS: optionalText.pipe(z.string().regex(/^(?:1|0|true|false|yes|no)$/i, "must be true or false").optional()),
  PRESSO_PUBLIC_URL: optionalText.pipe(
    z
      .url({ protocol: /^https?$/, error: "must be an http:// or https:// address, e.g. https://coffee.example.com" })
      // Zod runs this check even after the URL check failed, so it must not assume a URL.
      .refine((url) => {
        const parsed = URL.canParse(url) ? new URL(url) : undefined;
        return !parsed || (parsed.search === "" && parsed.hash === "" && parsed.username === "" && parsed.password === "");
      }, "must be a plain address (no query, fragment or user name), e.g. https://coffee.example.com")
      // The order link is appended to it: keep the origin and any path, without a trailing slash.
      .transform((url) => {
        const parsed = new URL(url);
        return `${parsed.origin}${parsed.pathname.replace(/\/+$/, "")}`;
      })
      .optional(),
  ),
  PRESSO_DEMO_ORGANISER_EMAIL: optionalText.pipe(z.email().optional()),
  PRESSO_DEMO_ORGANISER_PASSWORD: optionalText.pipe(z.string().min(8, "must be at least 8 characters").optional()),
  PRESSO_DEMO_BARISTA_EMAIL: optionalText.pipe(z.email().optional()),
  PRESSO_DEMO_BARISTA_PASSWORD: optionalText.pipe(z.string().min(8, "must be at least 8 characters").optional()),
});

export type DatabaseConfig =
  | { mode: "embedded"; dataDir: string; url: string }
  | { mode: "postgres"; url: string };

export type WorkflowConfig =
  | { mode: "embedded" }
  | { mode: "inngest-dev"; url: string }
  | { mode: "cloud" };

/** With Ably, the server's API key (it signs browsers' token requests and never leaves the server) and where Ably is. */
export type RealtimeConfig = { mode: "local" } | { mode: "ably"; apiKey: string; endpoint: AblyEndpoint };

export type AppConfig = {
  env: "development" | "production" | "test";
  /** The port this server listens on (Next.js reads PORT too): the embedded executor calls the app there, on loopback. */
  port: number;
  database: DatabaseConfig;
  workflows: WorkflowConfig;
  realtime: RealtimeConfig;
  /** Set in managed mode; in embedded mode a secret is generated and kept in the data folder. */
  authSecret: string | undefined;
  demoAccounts: DemoAccounts | undefined;
  /**
   * The address attendees' phones open (PRESSO_PUBLIC_URL, origin and path without a trailing slash), for the
   * booth screen's code. Unset, the screen uses the address it was opened at.
   */
  publicUrl: string | undefined;
};

/** A demo staff account; without a password from the environment, the install makes one at first start. */
export type DemoAccount = { email: string; password: string | undefined };
export type DemoAccounts = { organiser: DemoAccount; barista: DemoAccount };

export class ConfigError extends Error {
  override name = "ConfigError";
}

function databaseFrom(url: string | undefined): DatabaseConfig {
  const effective = url ?? EMBEDDED_DATABASE_URL;
  const match = effective.match(PGLITE_URL);
  if (!match) return { mode: "postgres", url: effective };
  const dir = decodeURIComponent(match[1] ?? "").replace(/[?#].*$/, "");
  return { mode: "embedded", dataDir: dir === "" ? ".pglite" : dir, url: effective };
}

function workflowsFrom(env: z.infer<typeof envSchema>): WorkflowConfig {
  if (env.INNGEST_DEV && env.INNGEST_DEV !== "0") {
    const url = /^https?:\/\//.test(env.INNGEST_DEV) ? env.INNGEST_DEV : "http://localhost:8288";
    return { mode: "inngest-dev", url };
  }
  if (env.INNGEST_SIGNING_KEY && env.INNGEST_EVENT_KEY) return { mode: "cloud" };
  if (env.INNGEST_SIGNING_KEY || env.INNGEST_EVENT_KEY) {
    throw new ConfigError("INNGEST_SIGNING_KEY and INNGEST_EVENT_KEY go together: set both for Inngest Cloud, or neither");
  }
  return { mode: "embedded" };
}

/**
 * Demo staff exist in embedded mode only, so a booth laptop works with no set-up; a managed (Postgres) deployment
 * never gets an account it was not given. No password is built in: the install makes strong ones at first start.
 */
function demoAccountsFrom(env: z.infer<typeof envSchema>, database: DatabaseConfig): DemoAccounts | undefined {
  if (database.mode !== "embedded") return undefined;
  return {
    organiser: { email: env.PRESSO_DEMO_ORGANISER_EMAIL ?? "organiser@presso.local", password: env.PRESSO_DEMO_ORGANISER_PASSWORD },
    barista: { email: env.PRESSO_DEMO_BARISTA_EMAIL ?? "barista@presso.local", password: env.PRESSO_DEMO_BARISTA_PASSWORD },
  };
}

export function parseConfig(source: Record<string, string | undefined>): AppConfig {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Presso cannot start: the environment is not valid.\n${lines.join("\n")}`);
  }
  const env = parsed.data;
  const database = databaseFrom(env.DATABASE_URL);
  if (database.mode === "postgres" && env.NODE_ENV === "production" && !env.NEXTAUTH_SECRET) {
    throw new ConfigError("Presso cannot start: NEXTAUTH_SECRET must be set (32 or more characters) with a managed database");
  }
  return {
    env: env.NODE_ENV,
    port: Number(env.PORT ?? 3000),
    database,
    workflows: workflowsFrom(env),
    realtime: env.ABLY_API_KEY ? { mode: "ably", apiKey: env.ABLY_API_KEY, endpoint: ablyEndpoint(env) } : { mode: "local" },
    authSecret: env.NEXTAUTH_SECRET,
    demoAccounts: demoAccountsFrom(env, database),
    publicUrl: env.PRESSO_PUBLIC_URL,
  };
}

let cached: AppConfig | undefined;

/** The process's configuration, parsed on first use. */
export function getConfig(): AppConfig {
  return (cached ??= parseConfig(process.env));
}
