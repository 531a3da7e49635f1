// Benchmark of live push on the local transport (figures, not a test): publish-to-subscriber latency p50/p95/p99
// with 1, 100 and 1,000 subscribers through Presso's SSE stream (hub, replay buffer, framing), beside a bare SSE
// ping on the same server, and the server's memory per open connection. Subscribers run in a separate process.
// Prints JSON, then a summary. Usage: npm run bench:realtime
import { spawn } from "node:child_process";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { Hub } from "../server/realtime/hub";
import { openSseStream } from "../server/realtime/sse-stream";

const MESSAGES = 40;
const CHANNEL = "event:bench:board";
const hub = new Hub();
const bare = new Set<ServerResponse>();
const now = () => performance.timeOrigin + performance.now();

const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  if (url.pathname === "/bare") {
    // The floor: a raw SSE fan-out with nothing of Presso's around it.
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    res.write("event: ready\ndata: {}\n\n");
    bare.add(res);
    req.on("close", () => bare.delete(res));
    return;
  }
  const abort = new AbortController();
  req.on("close", () => abort.abort());
  const response = openSseStream({ hub, channels: [CHANNEL], lastEventId: null, signal: abort.signal });
  res.writeHead(200, Object.fromEntries(response.headers));
  Readable.fromWeb(response.body as import("node:stream/web").ReadableStream).pipe(res);
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 100) / 100;
}

async function round(kind: "presso" | "bare", subscribers: number) {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/bench-realtime-clients.ts", `${base}/${kind === "bare" ? "bare" : "sse"}`, String(subscribers), String(MESSAGES)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  const lines: string[] = [];
  let onLine = () => {};
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    let end: number;
    while ((end = output.indexOf("\n")) >= 0) {
      lines.push(output.slice(0, end));
      output = output.slice(end + 1);
      onLine();
    }
  });
  const nextLine = () =>
    new Promise<string>((resolve) => {
      const check = () => {
        if (lines.length === 0) {
          onLine = check;
          return;
        }
        onLine = () => {};
        resolve(lines.shift()!);
      };
      check();
    });
  await nextLine(); // "ready": every subscriber is connected
  global.gc?.();
  const memoryWith = process.memoryUsage();
  for (let i = 0; i < MESSAGES; i++) {
    const data = { sentAt: now(), orderNumber: i, status: "READY", name: "Ana" };
    if (kind === "presso") hub.publish(CHANNEL, "order.ready", data);
    else for (const res of bare) res.write(`data: ${JSON.stringify(data)}\n\n`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const { latencies } = JSON.parse(await nextLine()) as { latencies: number[] };
  child.kill();
  await new Promise((resolve) => setTimeout(resolve, 300));
  return { subscribers, messages: latencies.length, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), memoryWith };
}

const results: Record<string, unknown>[] = [];
global.gc?.();
const idle = process.memoryUsage();
for (const subscribers of [1, 100, 1000]) {
  const presso = await round("presso", subscribers);
  const floor = await round("bare", subscribers);
  results.push({
    subscribers,
    presso: { p50: presso.p50, p95: presso.p95, p99: presso.p99, messages: presso.messages },
    bareSse: { p50: floor.p50, p95: floor.p95, p99: floor.p99 },
    ...(subscribers === 1000
      ? { memoryPerConnectionKB: Math.round(((presso.memoryWith.heapUsed + presso.memoryWith.external - idle.heapUsed - idle.external) / subscribers / 1024) * 10) / 10 }
      : {}),
  });
}
server.closeAllConnections();
server.close();

console.log(JSON.stringify({ node: process.version, results }, null, 2));
for (const r of results as { subscribers: number; presso: { p50: number; p95: number; p99: number }; bareSse: { p95: number }; memoryPerConnectionKB?: number }[]) {
  console.log(
    `${String(r.subscribers).padStart(5)} subscribers: p50 ${r.presso.p50} ms, p95 ${r.presso.p95} ms, p99 ${r.presso.p99} ms (bare SSE p95 ${r.bareSse.p95} ms)` +
      (r.memoryPerConnectionKB !== undefined ? `; ${r.memoryPerConnectionKB} kB of server heap per connection` : ""),
  );
}
console.log("target: p95 <= 25 ms with 100 subscribers, within 2x of the bare ping");
process.exit(0);
