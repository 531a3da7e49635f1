import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { clientAddress, trustSocketAddressOnly, unknownClient } from "./client-address";

describe("the client's address", () => {
  it("is the right-most X-Forwarded-For entry: the one the nearest proxy added, not what the client wrote", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientAddress({ "x-forwarded-for": ["6.6.6.6", "203.0.113.9"] })).toBe("203.0.113.9");
    expect(clientAddress({ "x-forwarded-for": "192.168.1.23" })).toBe("192.168.1.23");
  });

  it("is one key for an IPv4 client, however the socket spelled it", () => {
    expect(clientAddress({ "x-forwarded-for": "::ffff:192.168.1.23" })).toBe("192.168.1.23");
    expect(clientAddress({ "x-forwarded-for": "2001:DB8::1" })).toBe("2001:db8::1");
  });

  it("is one shared key when no address came with the request", () => {
    expect(clientAddress(new Headers())).toBe(unknownClient);
    expect(clientAddress({ "x-forwarded-for": " , " })).toBe(unknownClient);
  });
});

describe("with no proxy in front (embedded mode)", () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  async function headersSeenByServer(sent: Record<string, string>): Promise<IncomingHttpHeaders> {
    const server = createServer((request, response) => response.end(JSON.stringify(request.headers)));
    await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/`, { headers: sent });
      return (await response.json()) as IncomingHttpHeaders;
    } finally {
      server.close();
    }
  }

  it("a client cannot choose its own address: X-Forwarded-For becomes the socket's address before the app reads it", async () => {
    stop = trustSocketAddressOnly();
    const seen = await headersSeenByServer({ "x-forwarded-for": "6.6.6.6" });
    expect(seen["x-forwarded-for"]).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
    expect(clientAddress(seen)).toBe("127.0.0.1");
  });

  it("stops when asked, so a proxy's header is believed again", async () => {
    trustSocketAddressOnly()();
    const seen = await headersSeenByServer({ "x-forwarded-for": "203.0.113.9" });
    expect(seen["x-forwarded-for"]).toBe("203.0.113.9");
  });
});
