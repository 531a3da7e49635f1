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

/** A base64url text that decodes to exactly `bytes` bytes (VAPID keys as `npx web-push generate-vapid-keys` prints them). */
const base64urlOf = (bytes: number, what: string) =>
  optionalText.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9_-]+$/, `must be ${what} in base64url, as \`npx web-push generate-vapid-keys\` prints it`)
      .refine((key) => Buffer.from(key, "base64url").length === bytes, `must be ${what} (${bytes} bytes in base64url), as \`npx web-push generate-vapid-keys\` prints it`)
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
  PRESSO_VAPID_PUBLIC_KEY: base64urlOf(65, "a P-256 public key"),
  PRESSO_VAPID_PRIVATE_KEY: base64urlOf(32, "a P-256 private key"),
  // Push services take a contact (mailto: or https:) from the sender; web-push refuses anything else.
  PRESSO_VAPID_SUBJECT: optionalText.pipe(
    z
      .string()
      .regex(/^(?:mailto:[^\s@]+@[^\s@]+|https:\/\/[^\s]+)$/, "must be a mailto: or https: address the push services can reach you at, e.g. mailto:ops@example.com")
      .optional(),
  ),
  PRESSO_PUSH_LOCAL_ENDPOINTS: optionalText.pipe(z.string().regex(/^(?:1|0|true|false|yes|no)$/i, "must be true or false").optional()),
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

/**
 * Web Push (the attendee's "your drink is ready" notification), on only when the operator gave VAPID keys. The
 * public key may reach browsers; the private key never leaves the server.
 */
export type WebPushConfig = {
  publicKey: string;
  privateKey: string;
  subject: string;
  /** Tests only: also accept http:// endpoints on this machine (a local stand-in for a push service). */
  localEndpoints: boolean;
};

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
  /** Set when the three PRESSO_VAPID_* variables are; unset, no page offers notifications. */
  webPush: WebPushConfig | undefined;
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

const vapidVariables = ["PRESSO_VAPID_PUBLIC_KEY", "PRESSO_VAPID_PRIVATE_KEY", "PRESSO_VAPID_SUBJECT"] as const;

/** All three VAPID variables, or none: half a set would offer notifications that can never be sent. */
function webPushFrom(env: z.infer<typeof envSchema>): WebPushConfig | undefined {
  const missing = vapidVariables.filter((name) => !env[name]);
  if (missing.length === vapidVariables.length) return undefined;
  if (missing.length > 0) {
    throw new ConfigError(`Presso cannot start: ${missing.join(" and ")} must be set too (Web Push needs all of ${vapidVariables.join(", ")}, or none)`);
  }
  return {
    publicKey: env.PRESSO_VAPID_PUBLIC_KEY!,
    privateKey: env.PRESSO_VAPID_PRIVATE_KEY!,
    subject: env.PRESSO_VAPID_SUBJECT!,
    localEndpoints: /^(?:1|true|yes)$/i.test(env.PRESSO_PUSH_LOCAL_ENDPOINTS ?? ""),
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
    webPush: webPushFrom(env),
  };
}

let cached: AppConfig | undefined;

/** The process's configuration, parsed on first use. */
export function getConfig(): AppConfig {
  return (cached ??= parseConfig(process.env));
}
