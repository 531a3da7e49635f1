import webpush from "web-push";
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "./config";

describe("configuration from the environment", () => {
  it("runs everything embedded with no variables at all, with demo accounts that have no built-in password", () => {
    const config = parseConfig({});
    expect(config.database).toEqual({ mode: "embedded", dataDir: ".pglite", url: "postgresql://pglite/.pglite" });
    expect(config.workflows).toEqual({ mode: "embedded" });
    expect(config.realtime).toEqual({ mode: "local" });
    expect(config.demoAccounts?.organiser).toEqual({ email: "organiser@presso.local", password: undefined });
  });

  it("takes an embedded folder from a pglite URL", () => {
    expect(parseConfig({ DATABASE_URL: "postgresql://pglite//var/lib/presso" }).database).toMatchObject({
      mode: "embedded",
      dataDir: "/var/lib/presso",
    });
  });

  it("uses managed services from variables alone, with no demo accounts", () => {
    const config = parseConfig({
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://app:secret@db.example.com/presso",
      NEXTAUTH_SECRET: "x".repeat(32),
      INNGEST_SIGNING_KEY: "signkey-prod-abc",
      INNGEST_EVENT_KEY: "evt",
      ABLY_API_KEY: "app.key:secret",
    });
    expect(config.database.mode).toBe("postgres");
    expect(config.workflows).toEqual({ mode: "cloud" });
    expect(config.realtime).toEqual({ mode: "ably", apiKey: "app.key:secret", endpoint: {} });
    expect(config.demoAccounts).toBeUndefined();
  });

  it("never invents demo credentials for a managed database, even when demo variables are set", () => {
    const config = parseConfig({
      DATABASE_URL: "postgresql://127.0.0.1/presso",
      PRESSO_DEMO_ORGANISER_EMAIL: "boss@example.com",
      PRESSO_DEMO_ORGANISER_PASSWORD: "long-enough",
    });
    expect(config.demoAccounts).toBeUndefined();
  });

  it("takes demo credentials from the environment when given", () => {
    const config = parseConfig({ PRESSO_DEMO_BARISTA_EMAIL: "bea@booth.test", PRESSO_DEMO_BARISTA_PASSWORD: "bea-secret" });
    expect(config.demoAccounts?.barista).toEqual({ email: "bea@booth.test", password: "bea-secret" });
  });

  it("chooses the Inngest dev server by INNGEST_DEV", () => {
    expect(parseConfig({ INNGEST_DEV: "1" }).workflows).toEqual({ mode: "inngest-dev", url: "http://localhost:8288" });
    expect(parseConfig({ INNGEST_DEV: "http://127.0.0.1:9999" }).workflows).toEqual({
      mode: "inngest-dev",
      url: "http://127.0.0.1:9999",
    });
  });

  it("keeps Ably's key and endpoint in the configuration, so nothing else reads them from the environment", () => {
    const config = parseConfig({ ABLY_API_KEY: "app.key:secret", ABLY_ENDPOINT: "127.0.0.1", ABLY_PORT: "8081", ABLY_TLS: "False" });
    expect(config.realtime).toEqual({
      mode: "ably",
      apiKey: "app.key:secret",
      endpoint: { endpoint: "127.0.0.1", port: 8081, tls: false, useBinaryProtocol: false },
    });
    expect(parseConfig({ ABLY_ENDPOINT: "127.0.0.1" }).realtime).toEqual({ mode: "local" });
  });

  it("stops on an Ably port or TLS switch it cannot read", () => {
    expect(() => parseConfig({ ABLY_API_KEY: "app.key:secret", ABLY_PORT: "eighty" })).toThrow(/ABLY_PORT: must be a port number/);
    expect(() => parseConfig({ ABLY_API_KEY: "app.key:secret", ABLY_PORT: "70000" })).toThrow(/ABLY_PORT: must be a port number/);
    expect(() => parseConfig({ ABLY_API_KEY: "app.key:secret", ABLY_TLS: "maybe" })).toThrow(/ABLY_TLS: must be true or false/);
  });

  it("knows the port the server listens on, where the embedded executor calls the app (3000 unless PORT says)", () => {
    expect(parseConfig({}).port).toBe(3000);
    expect(parseConfig({ PORT: "3100" }).port).toBe(3100);
    expect(() => parseConfig({ PORT: "http" })).toThrow(/PORT: must be a port number/);
  });

  it("takes the address phones reach from PRESSO_PUBLIC_URL, without a trailing slash, and none when unset", () => {
    expect(parseConfig({}).publicUrl).toBeUndefined();
    expect(parseConfig({ PRESSO_PUBLIC_URL: " " }).publicUrl).toBeUndefined();
    expect(parseConfig({ PRESSO_PUBLIC_URL: "https://coffee.example.com/" }).publicUrl).toBe("https://coffee.example.com");
    expect(parseConfig({ PRESSO_PUBLIC_URL: "http://192.168.1.20:3000" }).publicUrl).toBe("http://192.168.1.20:3000");
    expect(parseConfig({ PRESSO_PUBLIC_URL: "https://example.com/presso/" }).publicUrl).toBe("https://example.com/presso");
  });

  it("refuses a PRESSO_PUBLIC_URL that is not a plain http(s) address", () => {
    for (const bad of ["coffee.example.com", "ftp://example.com", "javascript:alert(1)", "https://example.com/?a=1", "https://u:p@example.com"]) {
      expect(() => parseConfig({ PRESSO_PUBLIC_URL: bad }), bad).toThrow(/PRESSO_PUBLIC_URL: /);
    }
  });

  it("stops with a message naming each bad variable", () => {
    expect(() => parseConfig({ DATABASE_URL: "mysql://x", ABLY_API_KEY: "nonsense" })).toThrow(ConfigError);
    expect(() => parseConfig({ DATABASE_URL: "mysql://x", ABLY_API_KEY: "nonsense" })).toThrow(/DATABASE_URL: .*\n.*ABLY_API_KEY/s);
    expect(() => parseConfig({ INNGEST_SIGNING_KEY: "signkey-x" })).toThrow(/INNGEST_EVENT_KEY go together/);
    expect(() => parseConfig({ NODE_ENV: "production", DATABASE_URL: "postgresql://h/db" })).toThrow(/NEXTAUTH_SECRET must be set/);
  });

  describe("Web Push (the attendee's ready notification)", () => {
    // Made now, never written down: the secret scan has nothing to find.
    const keys = webpush.generateVAPIDKeys();
    const vapid = { PRESSO_VAPID_PUBLIC_KEY: keys.publicKey, PRESSO_VAPID_PRIVATE_KEY: keys.privateKey, PRESSO_VAPID_SUBJECT: "mailto:ops@booth.test" };

    it("is off without VAPID keys, and on with all three", () => {
      expect(parseConfig({}).webPush).toBeUndefined();
      expect(parseConfig(vapid).webPush).toEqual({ publicKey: keys.publicKey, privateKey: keys.privateKey, subject: "mailto:ops@booth.test", localEndpoints: false });
      expect(parseConfig({ ...vapid, PRESSO_VAPID_SUBJECT: "https://coffee.example.com/contact" }).webPush?.subject).toBe("https://coffee.example.com/contact");
      expect(parseConfig({ ...vapid, PRESSO_PUSH_LOCAL_ENDPOINTS: "1" }).webPush?.localEndpoints).toBe(true);
    });

    it("takes all three or none, and names the ones missing", () => {
      expect(() => parseConfig({ PRESSO_VAPID_PUBLIC_KEY: keys.publicKey })).toThrow(/PRESSO_VAPID_PRIVATE_KEY and PRESSO_VAPID_SUBJECT must be set too/);
      expect(() => parseConfig({ ...vapid, PRESSO_VAPID_SUBJECT: "" })).toThrow(/PRESSO_VAPID_SUBJECT must be set too/);
    });

    it("refuses keys that are not P-256 keys in base64url, and a subject push services cannot use, naming the variable", () => {
      expect(() => parseConfig({ ...vapid, PRESSO_VAPID_PUBLIC_KEY: keys.privateKey })).toThrow(/PRESSO_VAPID_PUBLIC_KEY: must be a P-256 public key/);
      expect(() => parseConfig({ ...vapid, PRESSO_VAPID_PRIVATE_KEY: `${keys.privateKey}+` })).toThrow(/PRESSO_VAPID_PRIVATE_KEY: must be a P-256 private key/);
      for (const subject of ["ops@booth.test", "http://booth.test", "mailto:"]) {
        expect(() => parseConfig({ ...vapid, PRESSO_VAPID_SUBJECT: subject }), subject).toThrow(/PRESSO_VAPID_SUBJECT: must be a mailto: or https: address/);
      }
      expect(() => parseConfig({ ...vapid, PRESSO_PUSH_LOCAL_ENDPOINTS: "sure" })).toThrow(/PRESSO_PUSH_LOCAL_ENDPOINTS: must be true or false/);
    });
  });
});
