import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { EmbeddedEngine } from "./engine";
import { UnsupportedFunctionError } from "./function-registry";
import { hashedSigningKey, sameSecret } from "./signing";

/**
 * The executor's HTTP face, on 127.0.0.1 only: the Event API the SDK sends to (`POST /e/<event key>`), the sync
 * endpoint it registers functions at (`POST /fn/register`, with the hashed signing key as bearer), and a health
 * answer. The SDK's `send()` and its normal sync work against it unchanged.
 */

const MAX_BODY = 4 * 1024 * 1024;

export type ExecutorServer = { url: string; close(): Promise<void> };

export async function listenExecutor(
  engine: EmbeddedEngine,
  keys: { signingKey: string; eventKey: string },
  port = 0,
): Promise<ExecutorServer> {
  const bearer = `Bearer ${hashedSigningKey(keys.signingKey)}`;
  const server: Server = createServer((req, res) => {
    void route(req, res).catch((error: unknown) => reply(res, 500, { status: 500, error: (error as Error).message }));
  });

  async function route(req: IncomingMessage, res: ServerResponse) {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname.replace(/\/+$/, "");
    if (req.method === "GET" && path === "/health") {
      return reply(res, 200, { synced: engine.isSynced, functions: engine.listFunctions().map((fn) => fn.id) });
    }
    if (req.method === "POST" && path.startsWith("/e/")) {
      if (!sameSecret(decodeURIComponent(path.slice(3)), keys.eventKey)) return reply(res, 401, { status: 401, error: "Event key not found" });
      const body = await readJson(req);
      const events = Array.isArray(body) ? body : [body];
      try {
        return reply(res, 200, { ids: await engine.receive(events), status: 200 });
      } catch (error) {
        return reply(res, 400, { status: 400, error: (error as Error).message });
      }
    }
    if (req.method === "POST" && path === "/fn/register") {
      if (!sameSecret(req.headers.authorization, bearer)) return reply(res, 401, { status: 401, error: "unknown signing key" });
      const body = (await readJson(req)) as { functions?: unknown };
      try {
        const functions = await engine.register(body?.functions);
        return reply(res, 200, { status: 200, modified: true, error: `registered ${functions.length} functions` });
      } catch (error) {
        if (error instanceof UnsupportedFunctionError) return reply(res, 400, { status: 400, error: error.message });
        throw error;
      }
    }
    return reply(res, 404, { status: 404, error: `the embedded executor has no ${req.method} ${path}` });
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new Error("request body too large");
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  return text ? JSON.parse(text) : null;
}

function reply(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}
