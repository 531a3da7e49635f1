import { createHmac, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";

/**
 * A minimal stand-in for Ably's service, enough for the unmodified `ably` client to run Presso's adapter offline:
 * token exchange (the token request's MAC checked), connect, attach with the token's capability enforced (a
 * refused attach is DETACHED with 40160), messages from REST publishes, heartbeats, close, and dropping every
 * socket on demand. A test fixture, not a product: resume, history, presence and msgpack are out of scope.
 */

const Action = { HEARTBEAT: 0, NACK: 2, CONNECTED: 4, CLOSE: 7, CLOSED: 8, ATTACH: 10, ATTACHED: 11, DETACH: 12, DETACHED: 13, MESSAGE: 15 } as const;

type Token = { token: string; clientId?: string; capability: Record<string, string[]>; expires: number };

export type FakeAbly = { port: number; dropAllSockets(): void; close(): Promise<void>; connections(): number };

function capabilityAllows(capability: Record<string, string[]>, channel: string, operation: string): boolean {
  return Object.entries(capability).some(
    ([resource, operations]) =>
      (operations.includes(operation) || operations.includes("*")) &&
      (resource === "*" || resource === channel || (resource.endsWith(":*") && channel.startsWith(resource.slice(0, -1)))),
  );
}

export async function startFakeAbly(apiKey: string): Promise<FakeAbly> {
  const [keyName, keySecret] = apiKey.split(":") as [string, string];
  const tokens = new Map<string, Token>();
  const sockets = new Set<WebSocket>();
  const attached = new Map<WebSocket, Set<string>>();
  let serial = 0;

  const readBody = async (req: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
    return JSON.parse(Buffer.concat(chunks).toString("utf8") || "null") as unknown;
  };
  const json = (res: import("node:http").ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const tokenPath = url.pathname.match(/^\/keys\/([^/]+)\/requestToken$/);
      if (req.method === "POST" && tokenPath) {
        const request = (await readBody(req)) as Record<string, string | number>;
        const signed = [request.keyName, request.ttl, request.capability, request.clientId, request.timestamp, request.nonce, ""].join("\n");
        const mac = createHmac("sha256", keySecret).update(signed).digest("base64");
        if (decodeURIComponent(tokenPath[1]!) !== keyName || mac !== request.mac) {
          return json(res, 401, { error: { code: 40101, statusCode: 401, message: "invalid token request" } });
        }
        const token: Token = {
          token: randomBytes(16).toString("hex"),
          clientId: request.clientId as string | undefined,
          capability: JSON.parse(String(request.capability || '{"*":["*"]}')) as Token["capability"],
          expires: Date.now() + Number(request.ttl || 3_600_000),
        };
        tokens.set(token.token, token);
        return json(res, 200, { ...token, keyName, issued: Date.now(), capability: JSON.stringify(token.capability) });
      }
      const publishPath = url.pathname.match(/^\/channels\/([^/]+)\/messages$/);
      if (req.method === "POST" && publishPath) {
        const auth = req.headers.authorization ?? "";
        if (auth !== `Basic ${Buffer.from(apiKey).toString("base64")}`) return json(res, 401, { error: { code: 40101, message: "bad key" } });
        const channel = decodeURIComponent(publishPath[1]!);
        const body = await readBody(req);
        const messages = (Array.isArray(body) ? body : [body]) as Record<string, unknown>[];
        for (const [socket, channels] of attached) {
          if (!channels.has(channel)) continue;
          socket.send(
            JSON.stringify({
              action: Action.MESSAGE,
              channel,
              messages: messages.map((m, i) => ({ id: `m${++serial}:${i}`, timestamp: Date.now(), ...m })),
            }),
          );
        }
        return json(res, 201, { channel, messageId: `m${serial}` });
      }
      json(res, 404, { error: { code: 40400, message: `no ${req.method} ${url.pathname} here` } });
    })().catch((error: unknown) => json(res, 500, { error: { message: (error as Error).message } }));
  });

  const wss = new WebSocketServer({ server });
  wss.on("connection", (socket, req) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const token = tokens.get(url.searchParams.get("access_token") ?? "");
    if (!token || token.expires < Date.now()) {
      socket.send(JSON.stringify({ action: 9, error: { code: 40140, statusCode: 401, message: "token not valid" } }));
      socket.close();
      return;
    }
    sockets.add(socket);
    attached.set(socket, new Set());
    const connectionId = randomBytes(6).toString("hex");
    socket.send(
      JSON.stringify({
        action: Action.CONNECTED,
        connectionId,
        connectionDetails: {
          clientId: token.clientId,
          connectionKey: `${connectionId}!key`,
          maxMessageSize: 65536,
          maxInboundRate: 250,
          maxFrameSize: 524288,
          serverId: "fake-ably",
          connectionStateTtl: 120_000,
          maxIdleInterval: 15_000,
        },
      }),
    );
    socket.on("message", (raw) => {
      const message = JSON.parse(raw.toString()) as { action: number; channel?: string; msgSerial?: number };
      switch (message.action) {
        case Action.HEARTBEAT:
          socket.send(JSON.stringify({ action: Action.HEARTBEAT }));
          break;
        case Action.ATTACH:
          if (capabilityAllows(token.capability, message.channel!, "subscribe")) {
            attached.get(socket)!.add(message.channel!);
            socket.send(JSON.stringify({ action: Action.ATTACHED, channel: message.channel, flags: 0 }));
          } else {
            socket.send(
              JSON.stringify({
                action: Action.DETACHED,
                channel: message.channel,
                error: { code: 40160, statusCode: 401, message: `Channel denied access based on given capability; channel = ${message.channel}` },
              }),
            );
          }
          break;
        case Action.DETACH:
          attached.get(socket)!.delete(message.channel!);
          socket.send(JSON.stringify({ action: Action.DETACHED, channel: message.channel }));
          break;
        case Action.MESSAGE:
          socket.send(
            JSON.stringify({ action: Action.NACK, msgSerial: message.msgSerial ?? 0, count: 1, error: { code: 40160, statusCode: 401, message: "publishing is not allowed" } }),
          );
          break;
        case Action.CLOSE:
          socket.send(JSON.stringify({ action: Action.CLOSED }));
          socket.close();
          break;
      }
    });
    socket.on("close", () => {
      sockets.delete(socket);
      attached.delete(socket);
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  return {
    port: (server.address() as AddressInfo).port,
    connections: () => sockets.size,
    dropAllSockets() {
      for (const socket of sockets) socket.terminate();
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.terminate();
        wss.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
