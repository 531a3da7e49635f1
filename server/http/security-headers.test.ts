import { describe, expect, it } from "vitest";
import { ablyEndpoint } from "../realtime/ably-options";
import { ablyConnectSources, buildContentSecurityPolicy, makeNonce, transportSecurityHeaders, type PagePolicyInput } from "./security-headers";

const production: PagePolicyInput = { nonce: "bm9uY2U=", development: false, realtimeSources: [], upgradeInsecureRequests: false };

/** The sources of one directive, or undefined when the policy has none. */
function directive(policy: string, name: string): string[] | undefined {
  const found = policy.split(";").map((d) => d.trim().split(/\s+/)).find(([directiveName]) => directiveName === name);
  return found?.slice(1);
}

describe("a page's Content-Security-Policy", () => {
  it("lets only scripts with the request's nonce run, and what they load", () => {
    const scripts = directive(buildContentSecurityPolicy(production), "script-src");
    expect(scripts).toEqual(["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'"]);
    expect(scripts).not.toContain("'unsafe-inline'");
  });

  it("allows eval in development only, for React's error overlay", () => {
    expect(directive(buildContentSecurityPolicy({ ...production, development: true }), "script-src")).toContain("'unsafe-eval'");
    expect(buildContentSecurityPolicy(production)).not.toContain("unsafe-eval");
  });

  it("lets the staff screens run their own service worker and manifest, and no one else's", () => {
    const policy = buildContentSecurityPolicy(production);
    expect(directive(policy, "worker-src")).toEqual(["'self'"]);
    expect(directive(policy, "manifest-src")).toEqual(["'self'"]);
  });

  it("forbids framing, plugins, foreign forms and base URLs", () => {
    const policy = buildContentSecurityPolicy(production);
    expect(directive(policy, "frame-ancestors")).toEqual(["'none'"]);
    expect(directive(policy, "object-src")).toEqual(["'none'"]);
    expect(directive(policy, "base-uri")).toEqual(["'self'"]);
    expect(directive(policy, "form-action")).toEqual(["'self'"]);
    expect(directive(policy, "default-src")).toEqual(["'self'"]);
  });

  it("allows the QR code's data: image and React's style attributes", () => {
    const policy = buildContentSecurityPolicy(production);
    expect(directive(policy, "img-src")).toEqual(["'self'", "data:", "blob:"]);
    expect(directive(policy, "style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("connects to this server only, unless live push goes through Ably", () => {
    expect(directive(buildContentSecurityPolicy(production), "connect-src")).toEqual(["'self'"]);
    const withAbly = buildContentSecurityPolicy({ ...production, realtimeSources: ablyConnectSources(ablyEndpoint({})) });
    expect(directive(withAbly, "connect-src")).toEqual([
      "'self'",
      "https://*.ably.net",
      "wss://*.ably.net",
      "https://*.ably-realtime.com",
      "wss://*.ably-realtime.com",
    ]);
  });

  it("upgrades insecure requests only when asked (https pages)", () => {
    expect(directive(buildContentSecurityPolicy(production), "upgrade-insecure-requests")).toBeUndefined();
    expect(directive(buildContentSecurityPolicy({ ...production, upgradeInsecureRequests: true }), "upgrade-insecure-requests")).toEqual([]);
  });
});

describe("Ably's hosts in connect-src", () => {
  it("names an ABLY_ENDPOINT host with its port and scheme instead of Ably's", () => {
    expect(ablyConnectSources(ablyEndpoint({ ABLY_ENDPOINT: "127.0.0.1", ABLY_PORT: "8081", ABLY_TLS: "false" }))).toEqual([
      "http://127.0.0.1:8081",
      "ws://127.0.0.1:8081",
    ]);
    expect(ablyConnectSources(ablyEndpoint({ ABLY_ENDPOINT: "ably.example.com" }))).toEqual(["https://ably.example.com", "wss://ably.example.com"]);
    expect(ablyConnectSources(ablyEndpoint({ ABLY_ENDPOINT: "ably.example.com", ABLY_PORT: "8443" }))).toEqual([
      "https://ably.example.com:8443",
      "wss://ably.example.com:8443",
    ]);
  });

  it("keeps Ably's domains for a routing policy name", () => {
    expect(ablyConnectSources(ablyEndpoint({ ABLY_ENDPOINT: "sandbox" }))).toContain("wss://*.ably.net");
    expect(ablyConnectSources(ablyEndpoint({ ABLY_ENDPOINT: "nonprod:sandbox" }))).toEqual([
      "https://*.ably-nonprod.net",
      "wss://*.ably-nonprod.net",
      "https://*.ably-realtime-nonprod.com",
      "wss://*.ably-realtime-nonprod.com",
    ]);
  });
});

describe("HSTS", () => {
  it("is never sent by an embedded booth, which serves plain http on its Wi-Fi", () => {
    expect(transportSecurityHeaders({ mode: "embedded" })).toEqual({});
  });

  it("is sent by a managed deployment for two years, subdomains included", () => {
    expect(transportSecurityHeaders({ mode: "postgres" })).toEqual({ "Strict-Transport-Security": "max-age=63072000; includeSubDomains" });
  });
});

describe("the nonce", () => {
  it("is 128 random bits in base64, new every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, makeNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
