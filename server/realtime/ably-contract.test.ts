import * as Ably from "ably";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ablyEndpoint } from "./ably-options";
import { createAblyTokenRequest } from "./ably-token";
import { publishToAbly, type AblyAccess } from "./publish";
import { startFakeAbly, type FakeAbly } from "./testing/fake-ably-server";

/**
 * The Ably adapter against the protocol, with the real `ably` client: the server publishes through Ably REST,
 * a browser-side client holding a token of the policy subscribes. Offline against a stand-in of Ably's protocol
 * always; against a real Ably account too when ABLY_API_KEY is set.
 */

type Target = { label: string; key: string; env: Record<string, string>; fake?: FakeAbly };

function until<T>(check: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = () => {
      const value = check();
      if (value !== undefined) return resolve(value);
      if (Date.now() - started > timeoutMs) return reject(new Error("timed out"));
      setTimeout(poll, 20);
    };
    poll();
  });
}

function contract(target: () => Target) {
  let client: Ably.Realtime;
  let access: AblyAccess;
  const orderChannel = `order:contract-${Math.random().toString(36).slice(2, 10)}`;
  const othersChannel = `order:someone-else-${Math.random().toString(36).slice(2, 10)}`;

  beforeAll(async () => {
    const { key, env } = target();
    access = { apiKey: key, endpoint: ablyEndpoint(env) };
    delete (globalThis as { __pressoAblyRest?: unknown }).__pressoAblyRest;
    client = new Ably.Realtime({
      authCallback: (_params, callback) => {
        createAblyTokenRequest(key, "guest-ana", { [orderChannel]: ["subscribe"] }).then(
          (request) => callback(null, request),
          (error: Error) => callback(error.message, null),
        );
      },
      ...ablyEndpoint(env),
      disconnectedRetryTimeout: 500,
      autoConnect: true,
      logLevel: 0,
    });
    await client.connection.once("connected");
  });
  afterAll(async () => {
    client?.close();
    delete (globalThis as { __pressoAblyRest?: unknown }).__pressoAblyRest;
  });

  it("delivers a server publish to a subscriber of its own order channel", async () => {
    const received: Ably.Message[] = [];
    await client.channels.get(orderChannel).subscribe((message) => received.push(message));
    await publishToAbly(access, orderChannel, "order.ready", { orderNumber: 42, status: "READY" });
    const [message] = await until(() => (received.length > 0 ? received : undefined));
    expect(message).toMatchObject({ name: "order.ready", data: { orderNumber: 42, status: "READY" } });
    expect(client.auth.clientId).toBe("guest-ana");
  });

  it("refuses to attach to a channel outside the token's capability", async () => {
    const error = await client.channels
      .get(othersChannel)
      .attach()
      .then(
        () => null,
        (e: Ably.ErrorInfo) => e,
      );
    expect(error?.code).toBe(40160);
  });

  it("refuses a publish from the client", async () => {
    const error = await client.channels
      .get(orderChannel)
      .publish("forged", { status: "READY" })
      .then(
        () => null,
        (e: Ably.ErrorInfo) => e,
      );
    expect(error?.code).toBe(40160);
  });

  it("reconnects after the socket drops and keeps receiving", async ({ skip }) => {
    const fake = target().fake;
    if (!fake) skip("only the stand-in can drop sockets on demand");
    const before = client.connection.id;
    const received: Ably.Message[] = [];
    await client.channels.get(orderChannel).subscribe("after-drop", (message) => received.push(message));
    fake!.dropAllSockets();
    await until(() => (client.connection.state === "connected" && client.connection.id !== before ? true : undefined), 15_000);
    await until(() => (client.channels.get(orderChannel).state === "attached" ? true : undefined));
    await publishToAbly(access, orderChannel, "after-drop", { ok: true });
    await until(() => (received.length > 0 ? received : undefined));
  });
}

describe("the Ably adapter against a stand-in of Ably's protocol", () => {
  const key = "appId1.keyId1:c2VjcmV0LWtleS1vZi10aGUtY29udHJhY3Q";
  let fake: FakeAbly;
  beforeAll(async () => {
    fake = await startFakeAbly(key);
  });
  afterAll(async () => fake?.close());
  contract(() => ({ label: "stand-in", key, fake, env: { ABLY_ENDPOINT: "127.0.0.1", ABLY_PORT: String(fake.port), ABLY_TLS: "false" } }));
});

describe.skipIf(!process.env.ABLY_API_KEY)(
  process.env.ABLY_API_KEY ? "the Ably adapter against Ably" : "the Ably adapter against Ably (skipped: set ABLY_API_KEY to run it)",
  () => {
    const key = process.env.ABLY_API_KEY ?? "";
    contract(() => ({ label: "ably", key, env: {} }));
  },
);
